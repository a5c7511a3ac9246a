package academy.assessment.domain;

import java.util.UUID;

/** One option of a choice question. */
public record Choice(UUID choiceId, String text) {
}
