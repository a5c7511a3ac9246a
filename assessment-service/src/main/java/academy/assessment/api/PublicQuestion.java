package academy.assessment.api;

import academy.assessment.domain.Choice;
import academy.assessment.domain.Question;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A question as a learner may see it: never its correct choices, numeric answer, tolerance or accepted answers. */
public record PublicQuestion(UUID questionId, String type, String prompt, BigDecimal points, List<Choice> choices) {

    public static PublicQuestion of(Question question) {
        return new PublicQuestion(question.questionId(), question.type(), question.prompt(), question.points(),
                question.choices() == null ? null : List.copyOf(question.choices()));
    }

    /** The question with its choices in this attempt's order. */
    public static PublicQuestion inAttempt(Question question, Map<UUID, List<UUID>> choiceOrder) {
        List<UUID> order = choiceOrder.get(question.questionId());
        if (question.choices() == null || order == null) {
            return of(question);
        }
        List<Choice> ordered = order.stream()
                .map(id -> question.choices().stream().filter(choice -> choice.choiceId().equals(id)).findFirst())
                .flatMap(java.util.Optional::stream)
                .toList();
        return new PublicQuestion(question.questionId(), question.type(), question.prompt(), question.points(), ordered);
    }
}
