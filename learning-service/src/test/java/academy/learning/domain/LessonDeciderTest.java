package academy.learning.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import academy.learning.domain.LessonCommand.RecordProgress;
import academy.learning.domain.LessonCommand.StartLesson;
import academy.refusal.Refusal;
import academy.refusal.RefusedException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class LessonDeciderTest {

    static final long USER = 279058397L;
    static final Lesson LESSON = new Lesson(UUID.fromString("9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a"),
            UUID.fromString("6f1e2d3c-4b5a-4978-8a9b-0c1d2e3f4a5b"),
            UUID.fromString("1a2b3c4d-5e6f-4a1b-8c2d-3e4f5a6b7c8d"), new BigDecimal("0.7"), 50);
    static final Instant MORNING = Instant.parse("2026-11-27T09:15:00Z");

    private final List<LessonEvent> history = new ArrayList<>();

    private void given(List<LessonEvent> events) {
        history.addAll(events);
    }

    private List<LessonEvent> when(LessonCommand command) {
        List<LessonEvent> decided = LessonDecider.decide(command, LessonDecider.fold(history));
        history.addAll(decided);
        return decided;
    }

    private static RecordProgress progress(String score, int seconds, Instant at) {
        return new RecordProgress(USER, LESSON, true, new Sitting(new BigDecimal(score), seconds), at);
    }

    private static LessonCompleted completion(List<LessonEvent> events) {
        assertThat(events).hasSize(2).element(1).isInstanceOf(LessonCompleted.class);
        return (LessonCompleted) events.get(1);
    }

    @Test
    void startingAnOpenLessonRecordsTheStart() {
        List<LessonEvent> events = when(new StartLesson(USER, LESSON, true, MORNING));

        assertThat(events).containsExactly(new LessonStarted(USER, LESSON.lessonId(), LESSON.courseId(), MORNING));
    }

    @Test
    void startingALockedLessonIsRefused() {
        assertThatThrownBy(() -> when(new StartLesson(USER, LESSON, false, MORNING)))
                .isInstanceOfSatisfying(RefusedException.class,
                        e -> assertThat(e.refusal()).isInstanceOf(Refusal.Forbidden.class));
        assertThat(history).isEmpty();
    }

    @Test
    void startingTwiceRecordsTheFirstStartOnly() {
        given(when(new StartLesson(USER, LESSON, true, MORNING)));

        assertThat(when(new StartLesson(USER, LESSON, true, MORNING.plusSeconds(60)))).isEmpty();
        assertThat(LessonDecider.fold(history).startedAt()).isEqualTo(MORNING);
    }

    @Test
    void progressOnALockedLessonIsRefused() {
        RecordProgress locked = new RecordProgress(USER, LESSON, false, new Sitting(new BigDecimal("0.9"), 60), MORNING);

        assertThatThrownBy(() -> when(locked)).isInstanceOfSatisfying(RefusedException.class,
                e -> assertThat(e.refusal()).isInstanceOf(Refusal.Forbidden.class));
    }

    @Test
    void aLessonWithHistoryStaysOpenBecauseUnlockingNeverGoesBackwards() {
        when(new StartLesson(USER, LESSON, true, MORNING));

        List<LessonEvent> events = when(new RecordProgress(USER, LESSON, false,
                new Sitting(new BigDecimal("0.5"), 60), MORNING));

        assertThat(events).hasSize(1);
    }

    @Test
    void firstCompletionEarnsTheFullXpWithEveryField() {
        List<LessonEvent> events = when(progress("0.85", 180, MORNING));

        assertThat(events).containsExactly(
                new LessonProgressRecorded(USER, LESSON.lessonId(), LESSON.courseId(), new BigDecimal("0.85"),
                        new BigDecimal("0.85"), 180, MORNING),
                new LessonCompleted(USER, LESSON.lessonId(), LESSON.courseId(), new BigDecimal("0.85"),
                        new BigDecimal("0.7"), 180, 50, true, MORNING));
        LessonProgress state = LessonDecider.fold(history);
        assertThat(state.completed()).isTrue();
        assertThat(state.xpEarned()).isEqualTo(50);
        assertThat(state.firstCompletedAt()).isEqualTo(MORNING);
    }

    @Test
    void aScoreBelowThePassScoreRecordsTheSittingOnly() {
        List<LessonEvent> events = when(progress("0.6999", 120, MORNING));

        assertThat(events).containsExactly(new LessonProgressRecorded(USER, LESSON.lessonId(), LESSON.courseId(),
                new BigDecimal("0.6999"), new BigDecimal("0.6999"), 120, MORNING));
        assertThat(LessonDecider.fold(history).completed()).isFalse();
    }

    @Test
    void aScoreExactlyAtThePassScoreCompletes() {
        assertThat(completion(when(progress("0.70", 10, MORNING))).firstCompletion()).isTrue();
    }

    @Test
    void aCompletionAfterFailedSittingsIsStillTheFirst() {
        given(when(progress("0.2", 10, MORNING)));

        LessonCompleted completed = completion(when(progress("0.9", 10, MORNING.plusSeconds(60))));

        assertThat(completed.firstCompletion()).isTrue();
        assertThat(completed.xpEarned()).isEqualTo(50);
    }

    @Test
    void aRepeatOnTheSameUtcDayEarnsHalfThenNothing() {
        when(progress("0.8", 60, MORNING));

        LessonCompleted second = completion(when(progress("0.9", 60, MORNING.plusSeconds(600))));
        LessonCompleted third = completion(when(progress("1", 60, MORNING.plusSeconds(1200))));
        LessonCompleted fourth = completion(when(progress("1", 60, MORNING.plusSeconds(1800))));

        assertThat(second.firstCompletion()).isFalse();
        assertThat(second.xpEarned()).isEqualTo(25);
        assertThat(third.firstCompletion()).isFalse();
        assertThat(third.xpEarned()).isZero();
        assertThat(fourth.xpEarned()).isZero();
        assertThat(LessonDecider.fold(history).xpEarned()).isEqualTo(75);
    }

    @Test
    void aRepeatOnTheNextUtcDayEarnsHalfAgainThenNothing() {
        when(progress("0.8", 60, Instant.parse("2026-11-27T23:59:59Z")));
        when(progress("0.8", 60, Instant.parse("2026-11-27T23:59:59.5Z")));

        LessonCompleted nextDay = completion(when(progress("0.8", 60, Instant.parse("2026-11-28T00:00:00Z"))));
        LessonCompleted nextDayAgain = completion(when(progress("0.8", 60, Instant.parse("2026-11-28T10:00:00Z"))));

        assertThat(nextDay.xpEarned()).isEqualTo(25);
        assertThat(nextDay.firstCompletion()).isFalse();
        assertThat(nextDayAgain.xpEarned()).isZero();
    }

    @Test
    void aRepeatDaysLaterEarnsHalfEvenWhenTheFirstDayHadNoRepeat() {
        when(progress("0.8", 60, MORNING));

        LessonCompleted later = completion(when(progress("0.8", 60, MORNING.plusSeconds(3 * 86_400))));

        assertThat(later.xpEarned()).isEqualTo(25);
    }

    @Test
    void halfOfAnOddXpIsRoundedDown() {
        Lesson odd = new Lesson(LESSON.lessonId(), LESSON.courseId(), LESSON.moduleId(), new BigDecimal("0.5"), 51);
        Sitting passing = new Sitting(new BigDecimal("0.5"), 1);
        when(new RecordProgress(USER, odd, true, passing, MORNING));

        List<LessonEvent> repeat = when(new RecordProgress(USER, odd, true, passing, MORNING.plusSeconds(1)));

        assertThat(completion(repeat).xpEarned()).isEqualTo(25);
    }

    @Test
    void theBestScoreIsKeptWhenALaterSittingScoresLower() {
        when(progress("0.9", 60, MORNING));

        List<LessonEvent> events = when(progress("0.3", 30, MORNING.plusSeconds(60)));

        assertThat(events).containsExactly(new LessonProgressRecorded(USER, LESSON.lessonId(), LESSON.courseId(),
                new BigDecimal("0.3"), new BigDecimal("0.9"), 30, MORNING.plusSeconds(60)));
        LessonProgress state = LessonDecider.fold(history);
        assertThat(state.bestScore()).isEqualByComparingTo("0.9");
        assertThat(state.lastScore()).isEqualByComparingTo("0.3");
        assertThat(state.completed()).as("progress never goes backwards").isTrue();
        assertThat(state.sittings()).isEqualTo(2);
        assertThat(state.timeSpentSeconds()).isEqualTo(90);
    }

    @Test
    void theBestScoreRisesWithABetterSitting() {
        when(progress("0.4", 60, MORNING));

        List<LessonEvent> events = when(progress("0.6", 60, MORNING.plusSeconds(60)));

        assertThat(((LessonProgressRecorded) events.get(0)).bestScore()).isEqualByComparingTo("0.6");
    }

    @Test
    void theCompletionUsesTheLessonsCurrentPassScoreAndXp() {
        Lesson edited = new Lesson(LESSON.lessonId(), LESSON.courseId(), LESSON.moduleId(), new BigDecimal("0.8"), 60);
        RecordProgress below = new RecordProgress(USER, edited, true, new Sitting(new BigDecimal("0.75"), 5), MORNING);
        assertThat(when(below)).hasSize(1);

        RecordProgress pass = new RecordProgress(USER, edited, true, new Sitting(new BigDecimal("0.8"), 5), MORNING);
        LessonCompleted completed = completion(when(pass));

        assertThat(completed.passScore()).isEqualByComparingTo("0.8");
        assertThat(completed.xpEarned()).isEqualTo(60);
    }

    @Test
    void progressWithoutAStartLeavesTheLessonUnstarted() {
        when(progress("0.5", 60, MORNING));

        LessonProgress state = LessonDecider.fold(history);

        assertThat(state.started()).isFalse();
        assertThat(state.hasHistory()).isTrue();
    }
}
