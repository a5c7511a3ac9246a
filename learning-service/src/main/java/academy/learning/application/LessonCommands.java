package academy.learning.application;

import academy.edge.time.AcademyClock;
import academy.eventstore.CommandResult;
import academy.eventstore.ConcurrencyConflictException;
import academy.eventstore.EventIdConflictException;
import academy.eventstore.NewEvent;
import academy.eventstore.RecordedEvent;
import academy.eventstore.StreamCommands;
import academy.learning.domain.Lesson;
import academy.learning.domain.LessonCommand;
import academy.learning.domain.LessonCompleted;
import academy.learning.domain.LessonDecider;
import academy.learning.domain.LessonProgress;
import academy.learning.domain.Sitting;
import academy.learning.infrastructure.EnrollmentAccess;
import academy.learning.infrastructure.LearningMetrics;
import academy.learning.infrastructure.LessonCatalog;
import academy.learning.infrastructure.LessonEventMapping;
import academy.learning.infrastructure.LessonStreams;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Start and progress commands: look the lesson up, check it is open, then load-decide-append. */
@ApplicationScoped
public class LessonCommands {

    private final LessonCatalog catalog;
    private final EnrollmentAccess access;
    private final StreamCommands commands;
    private final AcademyClock clock;
    private final LearningMetrics metrics;
    private final int conflictRetries;

    public LessonCommands(LessonCatalog catalog, EnrollmentAccess access, StreamCommands commands, AcademyClock clock,
                          LearningMetrics metrics, @ConfigProperty(name = "academy.learning.conflict-retries", defaultValue = "6")
                          int conflictRetries) {
        this.catalog = catalog;
        this.access = access;
        this.commands = commands;
        this.clock = clock;
        this.metrics = metrics;
        this.conflictRetries = conflictRetries;
    }

    public Uni<LessonOutcome> start(CommandContext context, UUID lessonId) {
        return openLesson(context.userId(), lessonId).chain(open -> run(context, open.lesson(),
                new LessonCommand.StartLesson(context.userId(), open.lesson(), open.unlocked(), clock.now())));
    }

    public Uni<LessonOutcome> recordProgress(CommandContext context, UUID lessonId, Sitting sitting) {
        return openLesson(context.userId(), lessonId).chain(open -> run(context, open.lesson(),
                new LessonCommand.RecordProgress(context.userId(), open.lesson(), open.unlocked(), sitting, clock.now())));
    }

    private record OpenLesson(Lesson lesson, boolean unlocked) {
    }

    private Uni<OpenLesson> openLesson(long userId, UUID lessonId) {
        return catalog.find(lessonId)
                .map(found -> found.orElseThrow(() -> new UnknownLesson(lessonId)))
                .chain(lesson -> access.isUnlocked(userId, lesson).map(unlocked -> new OpenLesson(lesson, unlocked)));
    }

    private Uni<LessonOutcome> run(CommandContext context, Lesson lesson, LessonCommand command) {
        String stream = LessonStreams.lesson(context.userId(), lesson.lessonId());
        Function<LessonProgress, List<NewEvent>> decide = state -> LessonEventMapping.toNewEvents(
                LessonDecider.decide(command, state), context::eventId, context.metadata());
        // StreamCommands retries a few conflicts itself; a burst on one learner's lesson can outlast
        // those, so whole rounds are retried here before a 409 reaches the client.
        Uni<CommandResult<LessonProgress>> once = Uni.createFrom().deferred(() -> context.idempotent()
                ? commands.executeOnce(context.eventId(0), stream, LessonEventMapping.FOLD, decide)
                : commands.execute(stream, LessonEventMapping.FOLD, decide));
        if (conflictRetries > 0) {
            once = once.onFailure(ConcurrencyConflictException.class).retry()
                    .withBackOff(Duration.ofMillis(5), Duration.ofMillis(100)).withJitter(0.5).atMost(conflictRetries);
        }
        if (context.idempotent()) {
            // Two tries of one keyed command at the same time: the loser's ids are stored by the
            // winner with other content (its own clock reading). Run again: executeOnce replays the winner.
            once = once.onFailure(EventIdConflictException.class).recoverWithUni(
                    () -> commands.executeOnce(context.eventId(0), stream, LessonEventMapping.FOLD, decide));
        }
        return once.map(result -> outcome(lesson, result));
    }

    private LessonOutcome outcome(Lesson lesson, CommandResult<LessonProgress> result) {
        LessonCompleted completion = completionIn(result.appended());
        if (completion != null && !result.alreadyStored()) {
            metrics.lessonsCompleted(1);
        }
        return LessonOutcome.ofCommand(lesson, result.state(), result.position(), completion);
    }

    private static LessonCompleted completionIn(List<RecordedEvent> appended) {
        for (RecordedEvent event : appended) {
            if (LessonEventMapping.toDomain(event) instanceof LessonCompleted completed) {
                return completed;
            }
        }
        return null;
    }
}
