package academy.assessment.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * A question as defined, answers included (docs/events.md "Question"). Fields that do not belong
 * to the question's type are null. Never sent to a learner: see {@code PublicQuestion} in the api.
 */
public record Question(UUID questionId, String type, String prompt, BigDecimal points, List<Choice> choices,
                      List<UUID> correctChoiceIds, BigDecimal numericAnswer, BigDecimal tolerance,
                      List<String> acceptedAnswers) {

    public QuestionType kind() {
        return QuestionType.fromWire(type);
    }

    public boolean hasChoice(UUID choiceId) {
        return choices != null && choices.stream().anyMatch(choice -> choice.choiceId().equals(choiceId));
    }
}
