package academy.assessment.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/** This attempt's order of questions and choices; the seed comes from outside, so the domain stays pure. */
public record Shuffle(List<UUID> questionOrder, Map<UUID, List<UUID>> choiceOrder) {

    public static Shuffle of(AssessmentDefined assessment, long seed) {
        Random random = new Random(seed);
        List<UUID> questions = new ArrayList<>(assessment.questions().stream().map(Question::questionId).toList());
        if (assessment.shuffleQuestions()) {
            Collections.shuffle(questions, random);
        }
        Map<UUID, List<UUID>> choices = new LinkedHashMap<>();
        for (Question question : assessment.questions()) {
            if (question.kind().withChoices()) {
                List<UUID> order = new ArrayList<>(question.choices().stream().map(Choice::choiceId).toList());
                if (assessment.shuffleChoices()) {
                    Collections.shuffle(order, random);
                }
                choices.put(question.questionId(), List.copyOf(order));
            }
        }
        return new Shuffle(List.copyOf(questions), Collections.unmodifiableMap(choices));
    }
}
