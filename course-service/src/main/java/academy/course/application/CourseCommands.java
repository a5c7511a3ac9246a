package academy.course.application;

import academy.course.domain.Course;
import academy.course.domain.CourseCommand;
import academy.course.domain.CourseDecider;
import academy.course.infrastructure.CourseStreams;
import academy.course.infrastructure.CourseStreams;
import academy.course.infrastructure.KnownAssessments;
import academy.edge.time.AcademyClock;
import academy.eventstore.CommandResult;
import academy.eventstore.StreamCommands;
import academy.eventstore.command.CommandOrigin;
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

    public Uni<CommandResult<Course>> create(CommandOrigin origin, UUID courseId, String title, String description) {
        CourseCommand command = new CourseCommand.CreateCourse(courseId, title, description, origin.callerId(),
                clock.now());
        return run(origin, courseId, command);
    }

    public Uni<CommandResult<Course>> run(CommandOrigin origin, UUID courseId, CourseCommand command) {
        String streamId = CourseStreams.course(courseId);
        return streams.run(origin, streamId, CourseStreams.COURSE_EVENTS, CourseStreams.COURSE,
                course -> CourseDecider.decide(command, course));
    }

    /** 422 naming assessmentId unless assessment-service has defined it (seen on the feed). */
    public Uni<CommandResult<Course>> attachAssessment(CommandOrigin origin, UUID courseId, UUID moduleId,
                                                       UUID assessmentId) {
        return assessments.exists(assessmentId).chain(known ->
                run(origin, courseId, new CourseCommand.AttachAssessment(moduleId, assessmentId, known)));
    }

    public Uni<CommandResult<Course>> publish(CommandOrigin origin, UUID courseId) {
        return run(origin, courseId, new CourseCommand.PublishCourse(clock.now()));
    }

    public Uni<CommandResult<Course>> unpublish(CommandOrigin origin, UUID courseId) {
        return run(origin, courseId, new CourseCommand.UnpublishCourse(clock.now()));
    }
}
