package academy.course.application;

import academy.course.domain.Course;
import academy.course.domain.Enrollment;
import academy.course.domain.EnrollmentCommand.Enroll;
import academy.course.domain.EnrollmentDecider;
import academy.course.domain.LearnerProgress;
import academy.course.infrastructure.CourseStreams;
import academy.course.infrastructure.CourseStreams;
import academy.edge.time.AcademyClock;
import academy.eventstore.CommandResult;
import academy.eventstore.EventStore;
import academy.eventstore.StreamCommands;
import academy.eventstore.command.CommandOrigin;
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

    public Uni<CommandResult<Enrollment>> enroll(CommandOrigin origin, UUID courseId) {
        return store.readStream(CourseStreams.course(courseId)).map(CourseStreams.COURSE::fold)
                .chain(course -> enroll(origin, course, courseId));
    }

    private Uni<CommandResult<Enrollment>> enroll(CommandOrigin origin, Course course, UUID courseId) {
        String streamId = CourseStreams.enrollment(origin.callerId(), courseId);
        Enroll command = new Enroll(origin.callerId(), course, LearnerProgress.NONE, clock.now());
        return streams.execute(streamId, CourseStreams.ENROLLMENT,
                enrollment -> origin.toNewEvents(CourseStreams.ENROLLMENT_EVENTS, EnrollmentDecider.decide(command, enrollment)));
    }
}
