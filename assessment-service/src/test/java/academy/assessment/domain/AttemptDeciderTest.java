package academy.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import academy.assessment.domain.AttemptCommand.RecordAnswer;
import academy.assessment.domain.AttemptCommand.Submit;
import academy.refusal.FieldRefusal;
import academy.refusal.Refusal;
import academy.refusal.RefusedException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AttemptDeciderTest {

    static final Instant START = Instant.parse("2026-11-27T09:30:00Z");
    static final Instant DEADLINE = START.plusSeconds(600);
    static final Instant ACCEPT_UNTIL = DEADLINE.plusSeconds(30);
    static final UUID Q1 = Quizzes.id("q1"), Q2 = Quizzes.id("q2"), Q3 = Quizzes.id("q3"), Q4 = Quizzes.id("q4");
    static final AssessmentDefined QUIZ = Quizzes.assessment(List.of(Quizzes.single("q1", "1"),
            Quizzes.numeric("q2", "4", "0"), Quizzes.multiple("q3", "1"), Quizzes.shortText("q4", "fact")));

    private AttemptState initial = AttemptState.initial(QUIZ, (AttemptStarted) AssesseeDecider.decide(
            new AssesseeCommand.StartAttempt(Quizzes.LEARNER, QUIZ, Quizzes.id("attempt"), true, 7L, START),
            AssesseeState.initial()).get(0));
    private final List<AttemptEvent> history = new ArrayList<>();

    private List<AttemptEvent> when(AttemptCommand command) {
        List<AttemptEvent> decided = AttemptDecider.decide(command, AttemptDecider.fold(initial, history));
        history.addAll(decided);
        return decided;
    }

    private List<AttemptEvent> answer(UUID question, Answer answer, Instant at) {
        return when(new RecordAnswer(Quizzes.LEARNER, question, answer, at));
    }

    private static void assertRejected(Runnable action, Class<? extends Refusal> kind, String field) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(RefusedException.class, rejected -> {
            assertThat(rejected.refusal()).isInstanceOf(kind);
            if (field != null) {
                assertThat(((Refusal.Invalid) rejected.refusal()).fields()).extracting(FieldRefusal::field).containsExactly(field);
            }
        });
    }

    private AttemptScored scoredIn(List<AttemptEvent> events) {
        assertThat(events).hasSize(2);
        return (AttemptScored) events.get(1);
    }

    @Test
    void anAnswerIsRecordedWithTheServerTime() {
        List<AttemptEvent> events = answer(Q2, Answer.number(BigDecimal.valueOf(4)), START.plusSeconds(5));

        assertThat(events).containsExactly(new AnswerRecorded(Quizzes.id("attempt"), QUIZ.assessmentId(), Q2,
                Quizzes.LEARNER, Answer.number(BigDecimal.valueOf(4)), START.plusSeconds(5)));
    }

    @Test
    void theLatestAnswerReplacesEarlierOnes() {
        answer(Q2, Answer.number(BigDecimal.valueOf(4)), START.plusSeconds(5));
        answer(Q2, Answer.number(BigDecimal.valueOf(5)), START.plusSeconds(6));

        AttemptScored scored = scoredIn(when(new Submit(Quizzes.LEARNER, START.plusSeconds(7))));

        assertThat(scored.score()).isEqualByComparingTo("0");
    }

    @Test
    void answersAreAcceptedDuringTheGraceUpToItsLastInstant() {
        assertThat(answer(Q2, Answer.number(BigDecimal.ONE), DEADLINE.plusSeconds(10))).hasSize(1);
        assertThat(answer(Q2, Answer.number(BigDecimal.ONE), ACCEPT_UNTIL)).hasSize(1);
    }

    @Test
    void answersAfterTheGraceAreTooLate() {
        assertRejected(() -> answer(Q2, Answer.number(BigDecimal.ONE), ACCEPT_UNTIL.plusMillis(1)),
                Refusal.Conflict.class, null);
    }

    @Test
    void withoutGraceTheDeadlineIsTheEnd() {
        AssessmentDefined strict = Quizzes.withRules(QUIZ, 600, 0, 3, 0, "highest");
        initial = AttemptState.initial(strict, (AttemptStarted) AssesseeDecider.decide(
                new AssesseeCommand.StartAttempt(Quizzes.LEARNER, strict, Quizzes.id("attempt"), true, 7L, START),
                AssesseeState.initial()).get(0));

        assertThat(answer(Q2, Answer.number(BigDecimal.ONE), DEADLINE)).hasSize(1);
        assertRejected(() -> answer(Q2, Answer.number(BigDecimal.ONE), DEADLINE.plusSeconds(1)),
                Refusal.Conflict.class, null);
    }

    @Test
    void onlyTheOwnerTouchesTheAttempt() {
        assertRejected(() -> when(new RecordAnswer(42L, Q2, Answer.number(BigDecimal.ONE), START)),
                Refusal.Forbidden.class, null);
        assertRejected(() -> when(new Submit(42L, START)), Refusal.Forbidden.class, null);
        assertThat(history).isEmpty();
    }

    @Test
    void aQuestionOutsideTheAttemptIsNotFound() {
        assertRejected(() -> answer(Quizzes.id("other"), Answer.number(BigDecimal.ONE), START),
                Refusal.NotFound.class, null);
    }

    @Test
    void answersMustFitTheirQuestion() {
        assertRejected(() -> answer(Q1, Answer.choices(List.of(Quizzes.A, Quizzes.B)), START),
                Refusal.Invalid.class, "choiceIds");
        assertRejected(() -> answer(Q1, Answer.choices(List.of(Quizzes.C)), START),
                Refusal.Invalid.class, "choiceIds");
        assertRejected(() -> answer(Q3, Answer.choices(List.of(Quizzes.A, Quizzes.A)), START),
                Refusal.Invalid.class, "choiceIds");
        assertRejected(() -> answer(Q2, Answer.text("4"), START), Refusal.Invalid.class, "number");
        assertRejected(() -> answer(Q4, new Answer(null, null, null), START), Refusal.Invalid.class,
                "text");
        assertRejected(() -> answer(Q4, Answer.text("x".repeat(1001)), START), Refusal.Invalid.class,
                "text");
        assertThat(history).isEmpty();
    }

    @Test
    void submittingScoresWhatWasAnswered() {
        answer(Q1, Answer.choices(List.of(Quizzes.B)), START.plusSeconds(1));
        answer(Q3, Answer.choices(List.of(Quizzes.A, Quizzes.B, Quizzes.C, Quizzes.D)), START.plusSeconds(2));
        answer(Q4, Answer.text(" FACT "), START.plusSeconds(3));

        List<AttemptEvent> events = when(new Submit(Quizzes.LEARNER, START.plusSeconds(60)));

        assertThat(events.get(0)).isEqualTo(new AttemptSubmitted(Quizzes.id("attempt"), QUIZ.assessmentId(),
                Quizzes.LEARNER, false, START.plusSeconds(60)));
        AttemptScored scored = scoredIn(events);
        assertThat(scored.score()).isEqualByComparingTo("2.5");
        assertThat(scored.maxScore()).isEqualByComparingTo("4");
        assertThat(scored.percent()).isEqualByComparingTo("0.625");
        assertThat(scored.passed()).isFalse();
        assertThat(scored.results()).extracting(QuestionResult::correct).containsExactly(true, false, false, true);
    }

    @Test
    void aDuplicateSubmitChangesNothing() {
        when(new Submit(Quizzes.LEARNER, START.plusSeconds(60)));

        assertThat(when(new Submit(Quizzes.LEARNER, START.plusSeconds(61)))).isEmpty();
        assertRejected(() -> answer(Q2, Answer.number(BigDecimal.ONE), START.plusSeconds(62)),
                Refusal.Conflict.class, null);
    }

    @Test
    void theServerLeavesAnAttemptAloneUntilTheGraceEnds() {
        assertThat(when(Submit.byServer(ACCEPT_UNTIL))).isEmpty();
    }

    @Test
    void theServerSubmitsAnOverdueAttemptWithWhatItHas() {
        answer(Q2, Answer.number(BigDecimal.valueOf(4)), START.plusSeconds(1));

        List<AttemptEvent> events = when(Submit.byServer(ACCEPT_UNTIL.plusSeconds(1)));

        assertThat(((AttemptSubmitted) events.get(0)).automatic()).isTrue();
        assertThat(scoredIn(events).score()).isEqualByComparingTo("1");
    }

    @Test
    void aLateSubmitByTheLearnerIsAnAutomaticOne() {
        List<AttemptEvent> events = when(new Submit(Quizzes.LEARNER, ACCEPT_UNTIL.plusSeconds(1)));

        assertThat(((AttemptSubmitted) events.get(0)).automatic()).isTrue();
        assertThat(scoredIn(events).percent()).isEqualByComparingTo("0");
    }
}
