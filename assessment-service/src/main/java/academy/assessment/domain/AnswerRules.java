package academy.assessment.domain;

import academy.refusal.RefusedException;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

/** An answer must have the shape of its question; the field at fault is named as in the request body. */
final class AnswerRules {

    static final int MAX_TEXT = 1000;
    static final BigDecimal MAX_NUMBER = new BigDecimal("1e15");

    private AnswerRules() {
    }

    static void check(Question question, Answer answer) {
        if (answer == null) {
            throw RefusedException.invalid("body", "an answer is required");
        }
        QuestionType type = question.kind();
        String kind = "a " + type.wire() + " question";
        if (type.withChoices()) {
            onlyField(answer.number() == null && answer.text() == null, "choiceIds", kind);
            choices(question, type, answer.choiceIds());
        } else if (type == QuestionType.NUMERIC) {
            onlyField(answer.choiceIds() == null && answer.text() == null, "number", kind);
            if (answer.number() == null) {
                throw RefusedException.invalid("number", "is required for " + kind);
            }
            if (answer.number().abs().compareTo(MAX_NUMBER) > 0) {
                throw RefusedException.invalid("number", "is too large");
            }
        } else {
            onlyField(answer.choiceIds() == null && answer.number() == null, "text", kind);
            if (answer.text() == null) {
                throw RefusedException.invalid("text", "is required for " + kind);
            }
            if (answer.text().length() > MAX_TEXT) {
                throw RefusedException.invalid("text", "must be at most " + MAX_TEXT + " characters");
            }
        }
    }

    private static void choices(Question question, QuestionType type, List<UUID> choiceIds) {
        if (choiceIds == null) {
            throw RefusedException.invalid("choiceIds", "is required for a " + type.wire() + " question");
        }
        if (type == QuestionType.SINGLE_CHOICE && choiceIds.size() != 1) {
            throw RefusedException.invalid("choiceIds", "must hold exactly one choice");
        }
        if (new HashSet<>(choiceIds).size() != choiceIds.size()) {
            throw RefusedException.invalid("choiceIds", "must not repeat a choice");
        }
        if (!choiceIds.stream().allMatch(id -> id != null && question.hasChoice(id))) {
            throw RefusedException.invalid("choiceIds", "must name choices of this question");
        }
    }

    private static void onlyField(boolean othersAbsent, String field, String kind) {
        if (!othersAbsent) {
            throw RefusedException.invalid(field, "is the only answer field of " + kind);
        }
    }
}
