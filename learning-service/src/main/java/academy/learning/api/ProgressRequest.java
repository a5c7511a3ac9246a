package academy.learning.api;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The body of {@code POST /lessons/progress/{lessonId}}. Fields are read as JSON nodes so that a
 * string score or a fractional timeSpent is refused by name instead of silently coerced.
 */
public record ProgressRequest(JsonNode score, JsonNode timeSpent) {
}
