package academy.course.api;

import academy.course.application.CourseQueries;
import academy.course.application.CourseView;
import academy.course.application.EnrollmentCommands;
import academy.course.application.LessonView;
import academy.edge.auth.Caller;
import academy.edge.idempotency.CommandResponse;
import academy.edge.idempotency.IdempotentCommands;
import academy.edge.readmodel.ReadsFrom;
import academy.eventstore.command.CommandOrigin;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;

/** The learner's side: catalogue, structure with the caller's state, lesson content, enrolment. */
@Path("/courses")
@Produces(MediaType.APPLICATION_JSON)
public class CourseResource {

    private final Caller caller;
    private final CourseQueries queries;
    private final EnrollmentCommands enrollments;
    private final IdempotentCommands idempotent;
    private final CurrentIdentityAssociation identity;

    public CourseResource(Caller caller, CourseQueries queries, EnrollmentCommands enrollments,
                          IdempotentCommands idempotent, CurrentIdentityAssociation identity) {
        this.identity = identity;
        this.caller = caller;
        this.queries = queries;
        this.enrollments = enrollments;
        this.idempotent = idempotent;
    }

    /** Published courses with their counts; public. */
    @GET
    @ReadsFrom("course-catalogue")
    public Uni<Answers.Catalogue> catalogue() {
        return queries.catalogue()
                .map(entries -> new Answers.Catalogue(entries.stream().map(e -> new Answers.CatalogueCourse(
                        e.courseId(), e.title(), e.description(), e.moduleCount(), e.lessonCount())).toList()));
    }

    /** The structure; with a token each module and lesson carries the caller's state (identity resolved lazily: the token is optional). */
    @GET
    @Path("/{courseId}")
    @ReadsFrom("course-unlocking")
    public Uni<Answers.CourseDetail> course(@PathParam("courseId") String courseIdParam) {
        UUID courseId = Params.id(courseIdParam, "course");
        return identity.getDeferredIdentity().chain(who -> {
            Long userId = who.isAnonymous() ? null : Long.valueOf(who.getPrincipal().getName());
            boolean admin = who.hasRole(Caller.ADMIN);
            return queries.course(courseId, userId, admin);
        })
                .map(CourseDetails::of);
    }

    /** A lesson's content: 401 without a token, 403 while locked for the caller, 404 when unknown. */
    @GET
    @Authenticated
    @Path("/{courseId}/lessons/{lessonId}")
    @ReadsFrom("course-unlocking")
    public Uni<Answers.LessonContent> lesson(@PathParam("courseId") String courseIdParam,
                                             @PathParam("lessonId") String lessonIdParam) {
        long userId = caller.userId();
        UUID courseId = Params.id(courseIdParam, "course");
        UUID lessonId = Params.id(lessonIdParam, "lesson");
        boolean admin = caller.isAdmin();
        return queries.lesson(courseId, lessonId, userId, admin)
                .map(CourseResource::content);
    }

    /** Idempotent: 201 when it enrolled the caller, 200 when they already were; 404 for a draft. */
    @POST
    @Authenticated
    @Path("/{courseId}/enrollment")
    public Uni<Response> enroll(@PathParam("courseId") String courseIdParam,
                                @HeaderParam(IdempotentCommands.HEADER) String key,
                                @HeaderParam("traceparent") String traceparent) {
        long userId = caller.userId();
        UUID courseId = Params.id(courseIdParam, "course");
        IdempotentCommands.validateKey(key);
        String route = "POST /courses/" + courseId + "/enrollment";
        CommandOrigin origin = IdempotentCommands.origin(userId, route, key, traceparent, null);
        return idempotent.run(origin.route(), key, null, () -> Uni.createFrom().deferred(() ->
                        enrollments.enroll(origin, courseId).map(r -> new CommandResponse(
                                r.appended().isEmpty() || r.alreadyStored() ? 200 : 201,
                                new Answers.Enrollment(courseId, userId, true, r.position())))));
    }

    private static Answers.LessonContent content(LessonView view) {
        var lesson = view.lesson();
        var c = lesson.content();
        return new Answers.LessonContent(view.course().courseId(), lesson.moduleId(), lesson.lessonId(), c.title(),
                c.body(), LessonHtml.of(c.body()), c.mediaLinks(), c.xp(), c.passScore(), lesson.position(), view.access().json());
    }

    /** Keeps the structure mapping out of the resource. */
    static final class CourseDetails {
        private CourseDetails() {
        }

        static Answers.CourseDetail of(CourseView view) {
            var course = view.course();
            var modules = course.modules().stream().map(m -> new Answers.ModuleDetail(m.moduleId(), m.title(),
                    m.position(), m.assessmentId(),
                    view.personal() ? academy.course.domain.Access.ofModule(m, view.enrollment()).json() : null,
                    m.lessons().stream().map(l -> new Answers.LessonSummary(l.lessonId(), l.content().title(),
                            l.position(), l.content().xp(), l.content().passScore(),
                            view.personal() ? academy.course.domain.Access.ofLesson(l, view.enrollment(),
                                    view.progress()).json() : null)).toList())).toList();
            return new Answers.CourseDetail(course.courseId(), course.title(), course.description(),
                    course.published(), course.modules().size(), course.lessonCount(),
                    view.personal() ? view.enrollment().enrolled() : null,
                    view.personal() ? view.enrollment().courseCompleted() : null, modules);
        }
    }
}
