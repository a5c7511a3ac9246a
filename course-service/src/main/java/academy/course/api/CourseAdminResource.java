package academy.course.api;

import academy.course.application.CourseCommands;
import academy.course.domain.Course;
import academy.course.domain.CourseCommand;
import academy.course.domain.CourseModule;
import academy.course.domain.LessonChanges;
import academy.course.domain.LessonContent;
import academy.course.domain.Lesson;
import academy.edge.auth.Caller;
import academy.edge.idempotency.CommandResponse;
import academy.edge.idempotency.IdempotentCommands;
import academy.edge.problem.ProblemException;
import academy.eventstore.CommandResult;
import academy.eventstore.command.CommandOrigin;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import java.util.function.Supplier;

/** Authoring: admins only (401 without a token, 403 for learners). Each command is one event on course-{id}. */
@Path("/courses")
@RolesAllowed(Caller.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CourseAdminResource {

    private final Caller caller;
    private final IdempotentCommands idempotent;
    private final CourseCommands commands;

    public CourseAdminResource(Caller caller, IdempotentCommands idempotent, CourseCommands commands) {
        this.caller = caller;
        this.idempotent = idempotent;
        this.commands = commands;
    }

    @POST
    public Uni<Response> create(@HeaderParam(IdempotentCommands.HEADER) String key,
                                @HeaderParam("traceparent") String traceparent, Requests.CreateCourse body) {
        CommandOrigin origin = admin("POST /courses", key, traceparent, body, true);
        UUID courseId = origin.derivedId("item\ncourse");
        return run(origin, body, () -> commands.create(origin, courseId, body.title(), body.description())
                .map(r -> CommandResponse.created(new Answers.CourseCreated(courseId, r.position()))));
    }

    @POST
    @Path("/{courseId}/modules")
    public Uni<Response> addModule(@PathParam("courseId") String courseIdParam,
                                   @HeaderParam(IdempotentCommands.HEADER) String key,
                                   @HeaderParam("traceparent") String traceparent, Requests.AddModule body) {
        UUID courseId = Params.id(courseIdParam, "course");
        CommandOrigin origin = admin("POST /courses/" + courseId + "/modules", key, traceparent, body, true);
        UUID moduleId = origin.derivedId("item\nmodule");
        return run(origin, body, () -> commands.run(origin, courseId, new CourseCommand.AddModule(moduleId, body.title()))
                .map(r -> CommandResponse.created(new Answers.ModuleAdded(courseId, moduleId,
                        r.state().module(moduleId).map(CourseModule::position).orElse(0), r.position()))));
    }

    @POST
    @Path("/{courseId}/modules/{moduleId}/lessons")
    public Uni<Response> addLesson(@PathParam("courseId") String courseIdParam, @PathParam("moduleId") String moduleParam,
                                   @HeaderParam(IdempotentCommands.HEADER) String key,
                                   @HeaderParam("traceparent") String traceparent, Requests.AddLesson body) {
        UUID courseId = Params.id(courseIdParam, "course");
        UUID moduleId = Params.id(moduleParam, "module");
        CommandOrigin origin = admin("POST /courses/" + courseId + "/modules/" + moduleId + "/lessons", key,
                traceparent, body, true);
        if (body.xp() == null) {
            throw ProblemException.unprocessable("xp", "is required");
        }
        UUID lessonId = origin.derivedId("item\nlesson");
        LessonContent content = new LessonContent(body.title(), body.body(), body.mediaLinks(), body.xp(),
                body.passScore());
        return run(origin, body, () -> commands.run(origin, courseId, new CourseCommand.AddLesson(moduleId, lessonId,
                content)).map(r -> CommandResponse.created(lessonSaved(r, lessonId))));
    }

    @PATCH
    @Path("/{courseId}/lessons/{lessonId}")
    public Uni<Response> editLesson(@PathParam("courseId") String courseIdParam, @PathParam("lessonId") String lessonParam,
                                    @HeaderParam(IdempotentCommands.HEADER) String key,
                                    @HeaderParam("traceparent") String traceparent, Requests.EditLesson body) {
        UUID courseId = Params.id(courseIdParam, "course");
        UUID lessonId = Params.id(lessonParam, "lesson");
        CommandOrigin origin = admin("PATCH /courses/" + courseId + "/lessons/" + lessonId, key, traceparent, body, true);
        LessonChanges changes = new LessonChanges(body.title(), body.body(), body.mediaLinks(), body.xp(),
                body.passScore());
        return run(origin, body, () -> commands.run(origin, courseId, new CourseCommand.UpdateLesson(lessonId, changes))
                .map(r -> CommandResponse.ok(lessonSaved(r, lessonId))));
    }

    @PUT
    @Path("/{courseId}/modules/{moduleId}/assessment")
    public Uni<Response> attachAssessment(@PathParam("courseId") String courseIdParam,
                                          @PathParam("moduleId") String moduleParam,
                                          @HeaderParam(IdempotentCommands.HEADER) String key,
                                          @HeaderParam("traceparent") String traceparent,
                                          Requests.AttachAssessment body) {
        UUID courseId = Params.id(courseIdParam, "course");
        UUID moduleId = Params.id(moduleParam, "module");
        CommandOrigin origin = admin("PUT /courses/" + courseId + "/modules/" + moduleId + "/assessment", key,
                traceparent, body, true);
        if (body.assessmentId() == null) {
            throw ProblemException.unprocessable("assessmentId", "is required");
        }
        return run(origin, body, () -> commands.attachAssessment(origin, courseId, moduleId, body.assessmentId())
                .map(r -> CommandResponse.ok(new Answers.AssessmentAttached(courseId, moduleId, body.assessmentId(),
                        r.position()))));
    }

    @POST
    @Path("/{courseId}/publish")
    public Uni<Response> publish(@PathParam("courseId") String courseIdParam,
                                 @HeaderParam(IdempotentCommands.HEADER) String key,
                                 @HeaderParam("traceparent") String traceparent) {
        UUID courseId = Params.id(courseIdParam, "course");
        CommandOrigin origin = admin("POST /courses/" + courseId + "/publish", key, traceparent, null, false);
        return run(origin, null, () -> commands.publish(origin, courseId).map(CourseAdminResource::publication));
    }

    @POST
    @Path("/{courseId}/unpublish")
    public Uni<Response> unpublish(@PathParam("courseId") String courseIdParam,
                                   @HeaderParam(IdempotentCommands.HEADER) String key,
                                   @HeaderParam("traceparent") String traceparent) {
        UUID courseId = Params.id(courseIdParam, "course");
        CommandOrigin origin = admin("POST /courses/" + courseId + "/unpublish", key, traceparent, null, false);
        return run(origin, null, () -> commands.unpublish(origin, courseId).map(CourseAdminResource::publication));
    }

    /** 401/403 first, then 400 for a missing body, then the key's shape. */
    private CommandOrigin admin(String route, String key, String traceparent, Object body, boolean bodyRequired) {
        caller.requireAdmin();
        if (bodyRequired) {
            ProblemException.requireBody(body);
        }
        IdempotentCommands.validateKey(key);
        return IdempotentCommands.origin(caller.userId(), route, key, traceparent, body);
    }

    private Uni<Response> run(CommandOrigin origin, Object body, Supplier<Uni<CommandResponse>> command) {
        return idempotent.run(origin.route(), origin.idempotencyKey(), body, () -> Uni.createFrom().deferred(command::get));
    }

    private static CommandResponse publication(CommandResult<Course> result) {
        return CommandResponse.ok(new Answers.Publication(result.state().courseId(), result.state().published(),
                result.position()));
    }

    private static Answers.LessonSaved lessonSaved(CommandResult<Course> result, UUID lessonId) {
        Course course = result.state();
        Lesson lesson = course.lesson(lessonId).orElseThrow();
        LessonContent c = lesson.content();
        return new Answers.LessonSaved(course.courseId(), lesson.moduleId(), lesson.lessonId(), c.title(), c.body(),
                c.mediaLinks(), c.xp(), c.passScore(), lesson.position(), result.position());
    }
}
