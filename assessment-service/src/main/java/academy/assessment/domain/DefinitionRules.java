package academy.assessment.domain;

import academy.refusal.FieldRefusal;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Every rule a definition must meet, each broken one reported against the request field. */
public final class DefinitionRules {

    static final int MAX_QUESTIONS = 200;
    static final int MAX_TITLE = 200;
    static final BigDecimal MAX_POINTS = BigDecimal.valueOf(1000);

    private DefinitionRules() {
    }

    /** Violations of a {@link AssessmentDraft#completed completed} draft; empty when it is valid. */
    public static List<FieldRefusal> violations(AssessmentDraft draft) {
        List<FieldRefusal> found = new ArrayList<>();
        if (draft.title() == null || draft.title().isBlank()) {
            found.add(new FieldRefusal("title", "is required"));
        } else if (draft.title().strip().length() > MAX_TITLE) {
            found.add(new FieldRefusal("title", "must be at most " + MAX_TITLE + " characters"));
        }
        questions(draft.questions(), found);
        range(found, "timeLimitSeconds", draft.timeLimitSeconds(), 1, 86_400);
        range(found, "gracePeriodSeconds", draft.gracePeriodSeconds(), 0, 3_600);
        range(found, "maxAttempts", draft.maxAttempts(), 1, 100);
        range(found, "minSecondsBetweenAttempts", draft.minSecondsBetweenAttempts(), 0, 31_536_000);
        if (GradingMethod.fromWire(draft.gradingMethod()) == null) {
            found.add(new FieldRefusal("gradingMethod", "must be one of highest, average, first, last"));
        }
        if (draft.passMark() == null) {
            found.add(new FieldRefusal("passMark", "is required"));
        } else if (draft.passMark().signum() < 0 || draft.passMark().compareTo(BigDecimal.ONE) > 0) {
            found.add(new FieldRefusal("passMark", "must be a fraction between 0 and 1"));
        } else if (decimals(draft.passMark()) > Scoring.SCALE) {
            found.add(new FieldRefusal("passMark", "must have at most 4 decimals"));
        }
        return found;
    }

    private static void questions(List<Question> questions, List<FieldRefusal> found) {
        if (questions == null || questions.isEmpty()) {
            found.add(new FieldRefusal("questions", "needs at least one question"));
            return;
        }
        if (questions.size() > MAX_QUESTIONS) {
            found.add(new FieldRefusal("questions", "must hold at most " + MAX_QUESTIONS + " questions"));
        }
        Set<UUID> questionIds = new HashSet<>();
        Set<UUID> choiceIds = new HashSet<>();
        for (int i = 0; i < questions.size(); i++) {
            String at = "questions[" + i + "]";
            Question question = questions.get(i);
            if (question == null) {
                found.add(new FieldRefusal(at, "is required"));
                continue;
            }
            if (!questionIds.add(question.questionId())) {
                found.add(new FieldRefusal(at + ".questionId", "is used by another question"));
            }
            QuestionRules.check(at, question, choiceIds, found);
        }
    }

    static void range(List<FieldRefusal> found, String field, Integer value, int min, int max) {
        if (value == null) {
            found.add(new FieldRefusal(field, "is required"));
        } else if (value < min || value > max) {
            found.add(new FieldRefusal(field, "must be between " + min + " and " + max));
        }
    }

    static int decimals(BigDecimal value) {
        return Math.max(0, value.stripTrailingZeros().scale());
    }
}
