package academy.course.application;

import academy.course.domain.Course;
import academy.course.domain.CourseCommand;
import academy.course.domain.CourseDecider;
import academy.course.infrastructure.CourseEventMapping;
import academy.course.infrastructure.CourseStreams;
import academy.course.infrastructure.KnownAssessments;
import academy.edge.time.AcademyClock;
import academy.eventstore.CommandResult;
import academy.eventstore.StreamCommands;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Admin commands on course-{courseId}: load, decide, append with the loaded version (409 after retries). */
@ApplicationScoped
public class CourseCommands {

    private final StreamCommands streams;
    private final KnownAssessments assessments;
    private final AcademyClock clock;

    public CourseCommands(StreamCommands streams, KnownAssessments assessments, AcademyClock clock) {
        this.streams = streams;
        this.assessments = assessments;
        this.clock = clock;
    }

    public Uni<CommandResult<Course>> create(CommandContext context, UUID courseId, String title, String description) {
        CourseCommand command = new CourseCommand.CreateCourse(courseId, title, description, context.userId(),
                clock.now());
        return run(context, courseId, command);
    }

    public Uni<CommandResult<Course>> run(CommandContext context, UUID courseId, CourseCommand command) {
        String streamId = CourseStreams.course(courseId);
        if (context.idempotencyKey() == null) {
            return streams.execute(streamId, CourseEventMapping.COURSE, course -> decide(context, command, course));
        }
        return streams.executeOnce(context.eventId(0), context.requestHash(), streamId, CourseEventMapping.COURSE,
                course -> decide(context, command, course));
    }

    /** 422 naming assessmentId unless assessment-service has defined it (seen on the feed). */
    public Uni<CommandResult<Course>> attachAssessment(CommandContext context, UUID courseId, UUID moduleId,
                                                       UUID assessmentId) {
        return assessments.exists(assessmentId).chain(known ->
                run(context, courseId, new CourseCommand.AttachAssessment(moduleId, assessmentId, known)));
    }

    public Uni<CommandResult<Course>> publish(CommandContext context, UUID courseId) {
        return run(context, courseId, new CourseCommand.PublishCourse(clock.now()));
    }

    public Uni<CommandResult<Course>> unpublish(CommandContext context, UUID courseId) {
        return run(context, courseId, new CourseCommand.UnpublishCourse(clock.now()));
    }

    private static java.util.List<academy.eventstore.NewEvent> decide(CommandContext context, CourseCommand command,
                                                                     Course course) {
        return context.toNewEvents(CourseDecider.decide(command, course));
    }
}
