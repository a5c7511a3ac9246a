package academy.learning.application;

import academy.edge.time.AcademyClock;
import academy.eventstore.ConcurrencyConflictException;
import academy.eventstore.EventIdConflictException;
import academy.eventstore.command.CommandOrigin;
import academy.learning.domain.Lesson;
import academy.learning.domain.LessonCommand;
import academy.learning.domain.Sitting;
import academy.learning.infrastructure.EnrollmentAccess;
import academy.learning.infrastructure.LearningMetrics;
import academy.learning.infrastructure.LearningSettings;
import academy.learning.infrastructure.LessonCatalog;
import academy.learning.infrastructure.LessonStreams;
import academy.refusal.RefusedException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.UUID;

/** Start and progress commands: look the lesson up, check it is open, then decide and append. */
@ApplicationScoped
public class LessonCommands {

    private final LessonCatalog catalog;
    private final EnrollmentAccess access;
    private final LessonStreamWriter writer;
    private final AcademyClock clock;
    private final LearningMetrics metrics;
    private final int conflictRetries;

    public LessonCommands(LessonCatalog catalog, EnrollmentAccess access, LessonStreamWriter writer, AcademyClock clock,
                          LearningMetrics metrics, LearningSettings settings) {
        this.catalog = catalog;
        this.access = access;
        this.writer = writer;
        this.clock = clock;
        this.metrics = metrics;
        this.conflictRetries = settings.conflictRetries();
    }

    public Uni<LessonOutcome> start(CommandOrigin origin, UUID lessonId) {
        return openLesson(origin.callerId(), lessonId).chain(open -> run(origin, open.lesson(),
                new LessonCommand.StartLesson(origin.callerId(), open.lesson(), open.unlocked(), clock.now())));
    }

    public Uni<LessonOutcome> recordProgress(CommandOrigin origin, UUID lessonId, Sitting sitting) {
        return openLesson(origin.callerId(), lessonId).chain(open -> run(origin, open.lesson(),
                new LessonCommand.RecordProgress(origin.callerId(), open.lesson(), open.unlocked(), sitting, clock.now())));
    }

    private record OpenLesson(Lesson lesson, boolean unlocked) {
    }

    private Uni<OpenLesson> openLesson(long userId, UUID lessonId) {
        return catalog.find(lessonId)
                .map(found -> found.orElseThrow(() -> RefusedException.notFound("no such lesson")))
                .chain(lesson -> access.isUnlocked(userId, lesson).map(unlocked -> new OpenLesson(lesson, unlocked)));
    }

    private Uni<LessonOutcome> run(CommandOrigin origin, Lesson lesson, LessonCommand command) {
        String stream = LessonStreams.lesson(origin.callerId(), lesson.lessonId());
        // The writer retries a few conflicts itself; a burst on one learner's lesson can outlast
        // those, so whole rounds are retried here before a 409 reaches the client.
        Uni<LessonStep> once = Uni.createFrom().deferred(() -> writer.write(origin, stream, command));
        if (conflictRetries > 0) {
            once = once.onFailure(ConcurrencyConflictException.class).retry()
                    .withBackOff(Duration.ofMillis(5), Duration.ofMillis(100)).withJitter(0.5).atMost(conflictRetries);
        }
        if (origin.idempotent()) {
            // Two tries of one keyed command at the same time: the loser's ids are stored by the
            // winner with other content (its own clock reading). Run again: the replay finds the winner's.
            once = once.onFailure(EventIdConflictException.class).recoverWithUni(
                    () -> writer.replay(origin, stream, command));
        }
        return once.map(step -> outcome(lesson, step));
    }

    private LessonOutcome outcome(Lesson lesson, LessonStep step) {
        if (step.completion() != null && !step.replayed()) {
            metrics.lessonsCompleted(1);
        }
        return LessonOutcome.ofCommand(lesson, step.state(), step.position(), step.completion());
    }
}
