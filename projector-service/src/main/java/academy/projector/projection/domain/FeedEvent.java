package academy.projector.projection.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The events the read models are built from, named and shaped as in docs/events.md; each record
 * holds only the fields the projector reads (tolerant reader).
 */
public sealed interface FeedEvent {

    record ProfileUpdated(long userId, String timeZone, Instant updatedAt) implements FeedEvent {
    }

    record StreakExtended(long userId, LocalDate day, String timeZone, int currentStreak, int longestStreak,
                          LocalDate lastActiveDay, String lastActiveZone, Integer freezesAvailable)
            implements FeedEvent {
    }

    record StreakFreezeEarned(long userId, LocalDate day, int milestone, int freezesAvailable) implements FeedEvent {
    }

    record StreakFreezeUsed(long userId, LocalDate day, int freezesAvailable) implements FeedEvent {
    }

    record StreakReset(long userId, LocalDate day, int previousStreak) implements FeedEvent {
    }

    record CourseCreated(UUID courseId, String title, Instant createdAt) implements FeedEvent {
    }

    record ModuleAdded(UUID courseId, UUID moduleId, String title, int position) implements FeedEvent {
    }

    record LessonAdded(UUID courseId, UUID moduleId, UUID lessonId, String title, int xp, int position)
            implements FeedEvent {
    }

    record LessonUpdated(UUID courseId, UUID moduleId, UUID lessonId, String title, int xp, int position)
            implements FeedEvent {
    }

    record Enrolled(long userId, UUID courseId, Instant enrolledAt) implements FeedEvent {
    }

    record LessonUnlocked(long userId, UUID courseId, UUID moduleId, UUID lessonId, String reason,
                          Instant unlockedAt) implements FeedEvent {
    }

    record ModuleCompleted(long userId, UUID courseId, UUID moduleId, Instant completedAt) implements FeedEvent {
    }

    record CourseCompleted(long userId, UUID courseId, Instant completedAt) implements FeedEvent {
    }

    record LessonStarted(long userId, UUID lessonId, UUID courseId, Instant startedAt) implements FeedEvent {
    }

    record LessonProgressRecorded(long userId, UUID lessonId, UUID courseId, BigDecimal score, BigDecimal bestScore,
                                  int timeSpentSeconds, Instant recordedAt) implements FeedEvent {
    }

    record LessonCompleted(long userId, UUID lessonId, UUID courseId, BigDecimal score, BigDecimal passScore,
                           int timeSpentSeconds, int xpEarned, boolean firstCompletion, Instant completedAt)
            implements FeedEvent {
    }

    record AssessmentPassed(long userId, UUID assessmentId, UUID attemptId, BigDecimal grade, BigDecimal passMark,
                            Instant decidedAt) implements FeedEvent {
    }

    record AssessmentFailed(long userId, UUID assessmentId, UUID attemptId, BigDecimal grade, BigDecimal passMark,
                            Instant decidedAt) implements FeedEvent {
    }
}
