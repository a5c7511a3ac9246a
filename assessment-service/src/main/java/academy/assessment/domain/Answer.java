package academy.assessment.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * A learner's answer: {@code choiceIds} for choice questions, {@code number} for numeric and
 * {@code text} for short text; the other fields are null.
 */
public record Answer(List<UUID> choiceIds, BigDecimal number, String text) {

    public static Answer choices(List<UUID> choiceIds) {
        return new Answer(List.copyOf(choiceIds), null, null);
    }

    public static Answer number(BigDecimal number) {
        return new Answer(null, number, null);
    }

    public static Answer text(String text) {
        return new Answer(null, null, text);
    }
}
