package academy.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import academy.assessment.domain.AssesseeCommand.GradeAttempt;
import academy.assessment.domain.AssesseeCommand.StartAttempt;
import academy.refusal.Refusal;
import academy.refusal.RefusedException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AssesseeDeciderTest {

    static final Instant START = Instant.parse("2026-11-27T09:30:00Z");
    static final AssessmentDefined QUIZ = Quizzes.assessment(List.of(Quizzes.single("q1", "1"),
            Quizzes.numeric("q2", "4", "0"), Quizzes.multiple("q3", "1")));

    private final List<AssesseeEvent> history = new ArrayList<>();

    private List<AssesseeEvent> when(AssesseeCommand command) {
        List<AssesseeEvent> decided = AssesseeDecider.decide(command, AssesseeDecider.fold(history));
        history.addAll(decided);
        return decided;
    }

    private static StartAttempt start(AssessmentDefined quiz, String attempt, Instant at) {
        return new StartAttempt(Quizzes.LEARNER, quiz, Quizzes.id(attempt), true, 42L, at);
    }

    private AttemptStarted started(AssessmentDefined quiz, String attempt, Instant at) {
        return (AttemptStarted) when(start(quiz, attempt, at)).get(0);
    }

    private static void assertRejected(Runnable action, Class<? extends Refusal> kind, String message) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(RefusedException.class, rejected -> {
            assertThat(rejected.refusal()).isInstanceOf(kind);
            assertThat(rejected.getMessage()).contains(message);
        });
    }

    private AssessmentGraded grade(AssessmentDefined quiz, String attempt, Instant at, ScoredAttempt... scored) {
        List<AssesseeEvent> events = when(new GradeAttempt(Quizzes.LEARNER, quiz, Quizzes.id(attempt),
                List.of(scored), at));
        assertThat(events).hasSize(1);
        return (AssessmentGraded) events.get(0);
    }

    private static ScoredAttempt scored(String attempt, int number, String percent) {
        return new ScoredAttempt(Quizzes.id(attempt), number, new BigDecimal(percent));
    }

    @Test
    void startingFixesTheDeadlineAndTheGraceOnce() {
        AttemptStarted started = started(QUIZ, "a1", START);

        assertThat(started.attemptNumber()).isEqualTo(1);
        assertThat(started.startedAt()).isEqualTo(START);
        assertThat(started.deadline()).isEqualTo(START.plusSeconds(600));
        assertThat(started.acceptUntil()).isEqualTo(START.plusSeconds(630));
        assertThat(started.questionOrder()).containsExactly(Quizzes.id("q1"), Quizzes.id("q2"), Quizzes.id("q3"));
        assertThat(started.choiceOrder()).containsOnlyKeys(Quizzes.id("q1"), Quizzes.id("q3"));
        assertThat(started.choiceOrder().get(Quizzes.id("q3")))
                .containsExactly(Quizzes.A, Quizzes.B, Quizzes.C, Quizzes.D, Quizzes.E);
    }

    @Test
    void shufflingPermutesQuestionsAndChoicesAndDependsOnlyOnTheSeed() {
        AssessmentDefined quiz = Quizzes.shuffled(QUIZ);
        AttemptStarted one = (AttemptStarted) AssesseeDecider.decide(start(quiz, "a1", START),
                AssesseeState.initial()).get(0);
        AttemptStarted same = (AttemptStarted) AssesseeDecider.decide(start(quiz, "a1", START),
                AssesseeState.initial()).get(0);

        assertThat(one).isEqualTo(same);
        assertThat(one.questionOrder()).containsExactlyInAnyOrder(Quizzes.id("q1"), Quizzes.id("q2"), Quizzes.id("q3"));
        assertThat(one.choiceOrder().get(Quizzes.id("q3")))
                .containsExactlyInAnyOrder(Quizzes.A, Quizzes.B, Quizzes.C, Quizzes.D, Quizzes.E);
        boolean anyOrderDiffers = false;
        for (long seed = 0; seed < 20 && !anyOrderDiffers; seed++) {
            AttemptStarted other = (AttemptStarted) AssesseeDecider.decide(new StartAttempt(Quizzes.LEARNER, quiz,
                    Quizzes.id("a1"), true, seed, START), AssesseeState.initial()).get(0);
            anyOrderDiffers = !other.questionOrder().equals(one.questionOrder())
                    || !other.choiceOrder().equals(one.choiceOrder());
        }
        assertThat(anyOrderDiffers).isTrue();
    }

    @Test
    void aLockedModuleKeepsItsAssessmentClosed() {
        assertRejected(() -> when(new StartAttempt(Quizzes.LEARNER, QUIZ, Quizzes.id("a1"), false, 1L, START)),
                Refusal.Forbidden.class, "locked");
        assertThat(history).isEmpty();
    }

    @Test
    void anOpenAttemptBlocksASecondStart() {
        started(QUIZ, "a1", START);

        assertRejected(() -> when(start(QUIZ, "a2", START.plusSeconds(3600 * 24))),
                Refusal.Conflict.class, "being submitted");
        assertRejected(() -> when(start(QUIZ, "a2", START.plusSeconds(120))),
                Refusal.Conflict.class, "still in progress");
    }

    @Test
    void theWaitCountsFromTheEndOfThePreviousAttempt() {
        // a wait no longer than the time limit is still a wait
        AssessmentDefined quiz = Quizzes.withRules(QUIZ, 600, 0, 3, 300, "highest");
        started(quiz, "a1", START);
        Instant submitted = START.plusSeconds(500);
        grade(quiz, "a1", submitted, scored("a1", 1, "0.2"));

        assertRejected(() -> when(start(quiz, "a2", submitted.plusSeconds(299))), Refusal.Conflict.class,
                "can start at " + submitted.plusSeconds(300));
        assertThat(started(quiz, "a2", submitted.plusSeconds(300)).attemptNumber()).isEqualTo(2);
    }

    @Test
    void anAttemptClosedAutomaticallyEndedAtItsLastAcceptedMoment() {
        AssessmentDefined quiz = Quizzes.withRules(QUIZ, 60, 10, 3, 300, "highest");
        AttemptStarted first = started(quiz, "a1", START);
        // the scheduler closed it an hour late: the wait still counts from acceptUntil
        grade(quiz, "a1", START.plusSeconds(3600), scored("a1", 1, "0.2"));

        assertRejected(() -> when(start(quiz, "a2", first.acceptUntil().plusSeconds(299))),
                Refusal.Conflict.class, "can start at " + first.acceptUntil().plusSeconds(300));
    }

    @Test
    void theCapHoldsAfterTheLastAttempt() {
        AssessmentDefined quiz = Quizzes.withRules(QUIZ, 30, 0, 2, 0, "highest");
        started(quiz, "a1", START);
        grade(quiz, "a1", START.plusSeconds(10), scored("a1", 1, "0.2"));
        started(quiz, "a2", START.plusSeconds(20));
        grade(quiz, "a2", START.plusSeconds(30), scored("a1", 1, "0.2"), scored("a2", 2, "0.3"));

        assertRejected(() -> when(start(quiz, "a3", START.plusSeconds(40))), Refusal.Conflict.class,
                "all 2 attempts are used");
    }

    @Test
    void aGradeAtThePassMarkPassesWithTheMethodAndMarkUsed() {
        started(QUIZ, "a1", START);

        AssessmentGraded graded = grade(QUIZ, "a1", START.plusSeconds(60), scored("a1", 1, "0.7"));

        assertThat(graded).isEqualTo(new AssessmentPassed(Quizzes.LEARNER, QUIZ.assessmentId(), Quizzes.id("a1"),
                new BigDecimal("0.7"), "highest", new BigDecimal("0.7"), 1, START.plusSeconds(60)));
    }

    @Test
    void aGradeBelowThePassMarkFails() {
        started(QUIZ, "a1", START);

        assertThat(grade(QUIZ, "a1", START.plusSeconds(60), scored("a1", 1, "0.6999")))
                .isInstanceOf(AssessmentFailed.class);
    }

    @Test
    void eachGradingMethodDecidesTheFinalGrade() {
        assertThat(secondGrade("highest")).isInstanceOf(AssessmentPassed.class)
                .extracting(AssessmentGraded::grade).isEqualTo(new BigDecimal("0.9"));
        assertThat(secondGrade("average")).isInstanceOf(AssessmentFailed.class)
                .extracting(AssessmentGraded::grade).isEqualTo(new BigDecimal("0.6500"));
        assertThat(secondGrade("first")).isInstanceOf(AssessmentPassed.class)
                .extracting(AssessmentGraded::grade).isEqualTo(new BigDecimal("0.9"));
        assertThat(secondGrade("last")).isInstanceOf(AssessmentFailed.class)
                .extracting(AssessmentGraded::grade).isEqualTo(new BigDecimal("0.4"));
    }

    private AssessmentGraded secondGrade(String method) {
        history.clear();
        AssessmentDefined quiz = Quizzes.withRules(QUIZ, 30, 0, 3, 0, method);
        started(quiz, "a1", START);
        grade(quiz, "a1", START.plusSeconds(10), scored("a1", 1, "0.9"));
        started(quiz, "a2", START.plusSeconds(20));
        AssessmentGraded graded = grade(quiz, "a2", START.plusSeconds(30), scored("a1", 1, "0.9"),
                scored("a2", 2, "0.4"));
        assertThat(graded.attemptsGraded()).isEqualTo(2);
        assertThat(graded.gradingMethod()).isEqualTo(method);
        return graded;
    }

    @Test
    void gradingTheSameAttemptTwiceAppendsNothing() {
        started(QUIZ, "a1", START);
        grade(QUIZ, "a1", START.plusSeconds(60), scored("a1", 1, "0.8"));

        assertThat(when(new GradeAttempt(Quizzes.LEARNER, QUIZ, Quizzes.id("a1"),
                List.of(scored("a1", 1, "0.8")), START.plusSeconds(90)))).isEmpty();
    }

    @Test
    void onlyAStartedAndScoredAttemptIsGraded() {
        UUID unknown = Quizzes.id("nope");
        assertThatThrownBy(() -> when(new GradeAttempt(Quizzes.LEARNER, QUIZ, unknown,
                List.of(new ScoredAttempt(unknown, 1, BigDecimal.ONE)), START)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
