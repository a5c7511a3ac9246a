package academy.assessment.domain;

import static academy.assessment.domain.Quizzes.A;
import static academy.assessment.domain.Quizzes.B;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import academy.refusal.FieldRefusal;
import academy.refusal.Refusal;
import academy.refusal.RefusedException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DefinitionRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-27T08:10:00Z");

    private static AssessmentDraft draft(List<Question> questions) {
        return new AssessmentDraft("Events quiz", questions, 600, null, null, null, null, new BigDecimal("0.7"),
                null, null);
    }

    private static List<String> fields(AssessmentDraft draft) {
        return DefinitionRules.violations(draft.completed(UUID::randomUUID)).stream().map(FieldRefusal::field).toList();
    }

    private static Question singleWithCorrect(List<UUID> correct) {
        return new Question(null, "single_choice", "Pick", null, List.of(new Choice(A, "a"), new Choice(B, "b")),
                correct, null, null, null);
    }

    @Test
    void aCompleteDraftBecomesAnAssessmentWithDefaults() {
        AssessmentDraft draft = draft(List.of(Quizzes.single("q1", "1"), new Question(null, "numeric", "2+2?", null,
                null, null, BigDecimal.valueOf(4), null, null))).completed(() -> Quizzes.id("generated"));

        List<AssessmentEvent> events = AssessmentDecider.decide(
                new DefineAssessment(Quizzes.id("quiz"), draft, Quizzes.ADMIN, NOW), null);

        assertThat(events).hasSize(1);
        AssessmentDefined defined = (AssessmentDefined) events.get(0);
        assertThat(defined.gracePeriodSeconds()).isZero();
        assertThat(defined.maxAttempts()).isEqualTo(1);
        assertThat(defined.minSecondsBetweenAttempts()).isZero();
        assertThat(defined.gradingMethod()).isEqualTo("highest");
        assertThat(defined.shuffleQuestions()).isFalse();
        assertThat(defined.definedAt()).isEqualTo(NOW);
        Question numeric = defined.questions().get(1);
        assertThat(numeric.questionId()).isEqualTo(Quizzes.id("generated"));
        assertThat(numeric.points()).isEqualByComparingTo("1");
        assertThat(numeric.tolerance()).isEqualByComparingTo("0");
    }

    @Test
    void aCorrectChoiceOutsideTheChoicesIsNamedByItsQuestion() {
        List<Question> questions = List.of(Quizzes.shortText("q1", "x"), singleWithCorrect(List.of(Quizzes.id("x"))));

        assertThat(fields(draft(questions))).containsExactly("questions[1].correctChoiceIds");
    }

    @Test
    void aSingleChoiceQuestionNeedsExactlyOneCorrectChoice() {
        assertThat(fields(draft(List.of(singleWithCorrect(List.of(A, B))))))
                .containsExactly("questions[0].correctChoiceIds");
        assertThat(fields(draft(List.of(singleWithCorrect(List.of()))))).containsExactly("questions[0].correctChoiceIds");
    }

    @Test
    void choiceQuestionsNeedTwoChoicesWithText() {
        Question oneChoice = new Question(null, "multiple_choice", "Pick", null, List.of(new Choice(A, "a")),
                List.of(A), null, null, null);
        Question blankChoice = new Question(null, "multiple_choice", "Pick", null,
                List.of(new Choice(A, "a"), new Choice(B, " ")), List.of(A), null, null, null);

        assertThat(fields(draft(List.of(oneChoice)))).containsExactly("questions[0].choices");
        assertThat(fields(draft(List.of(blankChoice)))).containsExactly("questions[0].choices[1].text");
    }

    @Test
    void idsMustBeUnique() {
        assertThat(fields(draft(List.of(Quizzes.single("same", "1"), Quizzes.shortText("same", "x")))))
                .containsExactly("questions[1].questionId");
        // choice ids are global: the second question reuses A and B
        assertThat(fields(draft(List.of(Quizzes.single("q1", "1"), Quizzes.single("q2", "1")))))
                .containsExactly("questions[1].choices[0].choiceId", "questions[1].choices[1].choiceId");
    }

    @Test
    void typeSpecificFieldsAreRequiredAndForeignOnesRefused() {
        Question numericWithoutAnswer = new Question(null, "numeric", "?", null, null, null, null,
                new BigDecimal("-1"), List.of("x"));
        Question textWithoutAnswers = new Question(null, "short_text", "?", null, null, null, null, null, List.of());
        Question unknownType = new Question(null, "essay", "?", null, null, null, null, null, null);

        assertThat(fields(draft(List.of(numericWithoutAnswer)))).containsExactly("questions[0].acceptedAnswers",
                "questions[0].numericAnswer", "questions[0].tolerance");
        assertThat(fields(draft(List.of(textWithoutAnswers)))).containsExactly("questions[0].acceptedAnswers");
        assertThat(fields(draft(List.of(unknownType)))).containsExactly("questions[0].type");
    }

    @Test
    void pointsAndPromptAreChecked() {
        Question free = new Question(null, "short_text", " ", BigDecimal.ZERO, null, null, null, null, List.of("x"));
        Question fine = new Question(null, "short_text", "?", new BigDecimal("0.12345"), null, null, null, null,
                List.of("x"));

        assertThat(fields(draft(List.of(free)))).containsExactly("questions[0].prompt", "questions[0].points");
        assertThat(fields(draft(List.of(fine)))).containsExactly("questions[0].points");
    }

    @Test
    void settingsAreCheckedByName() {
        AssessmentDraft bad = new AssessmentDraft(" ", List.of(), 0, 3601, 101, -1, "median", new BigDecimal("1.5"),
                null, null);

        assertThat(fields(bad)).containsExactly("title", "questions", "timeLimitSeconds", "gracePeriodSeconds",
                "maxAttempts", "minSecondsBetweenAttempts", "gradingMethod", "passMark");
    }

    @Test
    void requiredSettingsMissingAreNamed() {
        AssessmentDraft empty = new AssessmentDraft(null, null, null, null, null, null, null, null, null, null);

        assertThat(fields(empty)).containsExactly("title", "questions", "timeLimitSeconds", "passMark");
    }

    @Test
    void passMarkHasAtMostFourDecimals() {
        AssessmentDraft draft = new AssessmentDraft("Quiz", List.of(Quizzes.single("q", "1")), 60, null, null, null,
                null, new BigDecimal("0.33333"), null, null);

        assertThat(fields(draft)).containsExactly("passMark");
    }

    @Test
    void anInvalidDraftIsRefusedWithEveryViolation() {
        List<Question> questions = new ArrayList<>();
        questions.add(null);
        AssessmentDraft draft = draft(questions).completed(UUID::randomUUID);

        assertThatThrownBy(() -> AssessmentDecider.decide(new DefineAssessment(Quizzes.id("quiz"), draft,
                Quizzes.ADMIN, NOW), null))
                .isInstanceOfSatisfying(RefusedException.class, rejected -> {
                    assertThat(rejected.refusal()).isInstanceOf(Refusal.Invalid.class);
                    assertThat(((Refusal.Invalid) rejected.refusal()).fields()).extracting(FieldRefusal::field).containsExactly("questions[0]");
                });
    }

    @Test
    void anAssessmentIsDefinedOnce() {
        AssessmentDefined existing = Quizzes.assessment(List.of(Quizzes.single("q", "1")));
        AssessmentDraft draft = draft(List.of(Quizzes.single("q", "1"))).completed(UUID::randomUUID);

        assertThatThrownBy(() -> AssessmentDecider.decide(new DefineAssessment(existing.assessmentId(), draft,
                Quizzes.ADMIN, NOW), existing))
                .isInstanceOfSatisfying(RefusedException.class,
                        rejected -> assertThat(rejected.refusal()).isInstanceOf(Refusal.Conflict.class));
    }
}
