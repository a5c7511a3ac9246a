package academy.learning.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

/**
 * The body of {@code POST /lessons/progress/{lessonId}}. Fields are read as JSON nodes so that a
 * string score or a fractional timeSpent is refused by name instead of silently coerced, and
 * numbers as exact decimals so that no score is rounded into the valid range.
 */
public record ProgressRequest(@JsonDeserialize(using = ExactJsonValue.class) JsonNode score,
                              @JsonDeserialize(using = ExactJsonValue.class) JsonNode timeSpent) {
}
