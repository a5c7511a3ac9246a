package academy.course.application;

import academy.course.domain.Course;
import academy.course.domain.Enrollment;
import academy.course.domain.EnrollmentCommand.Enroll;
import academy.course.domain.EnrollmentDecider;
import academy.course.domain.LearnerProgress;
import academy.course.infrastructure.CourseEventMapping;
import academy.course.infrastructure.CourseStreams;
import academy.edge.time.AcademyClock;
import academy.eventstore.CommandResult;
import academy.eventstore.EventStore;
import academy.eventstore.StreamCommands;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Enrolment: idempotent; opens the first module and its first lesson. */
@ApplicationScoped
public class EnrollmentCommands {

    private final StreamCommands streams;
    private final EventStore store;
    private final AcademyClock clock;

    public EnrollmentCommands(StreamCommands streams, EventStore store, AcademyClock clock) {
        this.streams = streams;
        this.store = store;
        this.clock = clock;
    }

    public Uni<CommandResult<Enrollment>> enroll(CommandContext context, UUID courseId) {
        return store.readStream(CourseStreams.course(courseId)).map(CourseEventMapping.COURSE::fold)
                .chain(course -> enroll(context, course, courseId));
    }

    private Uni<CommandResult<Enrollment>> enroll(CommandContext context, Course course, UUID courseId) {
        String streamId = CourseStreams.enrollment(context.userId(), courseId);
        Enroll command = new Enroll(context.userId(), course, LearnerProgress.NONE, clock.now());
        return streams.execute(streamId, CourseEventMapping.ENROLLMENT,
                enrollment -> context.toNewEvents(EnrollmentDecider.decide(command, enrollment)));
    }
}
