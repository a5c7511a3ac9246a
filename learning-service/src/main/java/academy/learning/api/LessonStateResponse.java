package academy.learning.api;

import academy.learning.application.LessonOutcome;
import academy.learning.domain.Lesson;
import academy.learning.domain.LessonCompleted;
import academy.learning.domain.LessonProgress;
import academy.rules.Levels;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * The caller's state of a lesson. {@code completion} is set only on the answer of a progress post
 * that completed the lesson, {@code learner} only on reads; {@code position} is what
 * {@code ?after=} of a read waits for.
 */
public record LessonStateResponse(UUID lessonId, UUID courseId, UUID moduleId, BigDecimal passScore, int xp,
                                  boolean started, Instant startedAt, int sittings, BigDecimal lastScore,
                                  BigDecimal bestScore, long timeSpentSeconds, boolean completed, int completions,
                                  Instant firstCompletedAt, Instant lastCompletedAt, long xpEarned,
                                  @JsonInclude(JsonInclude.Include.NON_NULL) CompletionResponse completion,
                                  @JsonInclude(JsonInclude.Include.NON_NULL) LearnerResponse learner,
                                  long position) {

    /** The learner's XP over all lessons and the level it gives (docs/events.md). */
    public record LearnerResponse(long totalXp, int level) {

        static LearnerResponse of(Long totalXp) {
            return totalXp == null ? null : new LearnerResponse(totalXp, Levels.levelFor(totalXp));
        }
    }

    public record CompletionResponse(boolean firstCompletion, int xpEarned, BigDecimal score, BigDecimal passScore,
                                     Instant completedAt) {

        static CompletionResponse of(LessonCompleted completed) {
            return completed == null ? null : new CompletionResponse(completed.firstCompletion(),
                    completed.xpEarned(), completed.score(), completed.passScore(), completed.completedAt());
        }
    }

    static LessonStateResponse of(LessonOutcome outcome) {
        Lesson lesson = outcome.lesson();
        LessonProgress state = outcome.state();
        return new LessonStateResponse(lesson.lessonId(), lesson.courseId(), lesson.moduleId(), lesson.passScore(),
                lesson.xp(), state.started(), state.startedAt(), state.sittings(), state.lastScore(), state.bestScore(),
                state.timeSpentSeconds(), state.completed(), state.completions(), state.firstCompletedAt(),
                state.lastCompletedAt(), state.xpEarned(), CompletionResponse.of(outcome.completion()),
                LearnerResponse.of(outcome.learnerTotalXp()), outcome.position());
    }
}
