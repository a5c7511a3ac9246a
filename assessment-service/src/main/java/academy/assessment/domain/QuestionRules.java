package academy.assessment.domain;

import academy.refusal.FieldRefusal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The rules of one question, by type. */
final class QuestionRules {

    private QuestionRules() {
    }

    static void check(String at, Question question, Set<UUID> choiceIdsSeen, List<FieldRefusal> found) {
        QuestionType type = question.kind();
        if (question.prompt() == null || question.prompt().isBlank()) {
            found.add(new FieldRefusal(at + ".prompt", "is required"));
        } else if (question.prompt().length() > 4000) {
            found.add(new FieldRefusal(at + ".prompt", "must be at most 4000 characters"));
        }
        if (question.points().signum() <= 0 || question.points().compareTo(DefinitionRules.MAX_POINTS) > 0) {
            found.add(new FieldRefusal(at + ".points", "must be greater than 0 and at most 1000"));
        } else if (DefinitionRules.decimals(question.points()) > Scoring.SCALE) {
            found.add(new FieldRefusal(at + ".points", "must have at most 4 decimals"));
        }
        if (type == null) {
            found.add(new FieldRefusal(at + ".type", "must be one of single_choice, multiple_choice, numeric, short_text"));
            return;
        }
        notAllowed(at + ".choices", question.choices(), !type.withChoices(), type, found);
        notAllowed(at + ".correctChoiceIds", question.correctChoiceIds(), !type.withChoices(), type, found);
        notAllowed(at + ".numericAnswer", question.numericAnswer(), type != QuestionType.NUMERIC, type, found);
        notAllowed(at + ".tolerance", question.tolerance(), type != QuestionType.NUMERIC, type, found);
        notAllowed(at + ".acceptedAnswers", question.acceptedAnswers(), type != QuestionType.SHORT_TEXT, type, found);
        if (type.withChoices()) {
            choices(at, question, type, choiceIdsSeen, found);
        } else if (type == QuestionType.NUMERIC) {
            if (question.numericAnswer() == null) {
                found.add(new FieldRefusal(at + ".numericAnswer", "is required for a numeric question"));
            }
            if (question.tolerance().signum() < 0) {
                found.add(new FieldRefusal(at + ".tolerance", "must be 0 or more"));
            }
        } else {
            acceptedAnswers(at, question.acceptedAnswers(), found);
        }
    }

    private static void choices(String at, Question question, QuestionType type, Set<UUID> choiceIdsSeen,
                                List<FieldRefusal> found) {
        List<Choice> choices = question.choices();
        if (choices == null || choices.size() < 2 || choices.size() > 50) {
            found.add(new FieldRefusal(at + ".choices", "needs between 2 and 50 choices"));
            return;
        }
        for (int j = 0; j < choices.size(); j++) {
            Choice choice = choices.get(j);
            if (choice == null || choice.text() == null || choice.text().isBlank()) {
                found.add(new FieldRefusal(at + ".choices[" + j + "].text", "is required"));
            } else if (!choiceIdsSeen.add(choice.choiceId())) {
                found.add(new FieldRefusal(at + ".choices[" + j + "].choiceId", "is used by another choice"));
            }
        }
        List<UUID> correct = question.correctChoiceIds();
        String field = at + ".correctChoiceIds";
        if (correct == null || correct.isEmpty()) {
            found.add(new FieldRefusal(field, "needs at least one correct choice"));
        } else if (type == QuestionType.SINGLE_CHOICE && correct.size() != 1) {
            found.add(new FieldRefusal(field, "needs exactly one correct choice for a single_choice question"));
        } else if (new HashSet<>(correct).size() != correct.size()) {
            found.add(new FieldRefusal(field, "must not repeat a choice"));
        } else if (!correct.stream().allMatch(id -> id != null && question.hasChoice(id))) {
            found.add(new FieldRefusal(field, "must name choices of this question"));
        }
    }

    private static void acceptedAnswers(String at, List<String> accepted, List<FieldRefusal> found) {
        if (accepted == null || accepted.isEmpty()) {
            found.add(new FieldRefusal(at + ".acceptedAnswers", "needs at least one accepted answer"));
            return;
        }
        for (int k = 0; k < accepted.size(); k++) {
            if (ShortText.normalize(accepted.get(k)).isEmpty()) {
                found.add(new FieldRefusal(at + ".acceptedAnswers[" + k + "]", "must not be blank"));
            }
        }
    }

    private static void notAllowed(String field, Object value, boolean forbidden, QuestionType type,
                                   List<FieldRefusal> found) {
        boolean present = value instanceof List<?> list ? !list.isEmpty() : value != null;
        if (forbidden && present) {
            found.add(new FieldRefusal(field, "is not part of a " + type.wire() + " question"));
        }
    }
}
