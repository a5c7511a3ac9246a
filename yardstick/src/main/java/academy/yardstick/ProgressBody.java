package academy.yardstick;

import java.math.BigDecimal;

/** The body of a progress post, {@code {"score": 0.85, "timeSpent": 180}}: the score as an exact decimal, as the service reads it. */
public record ProgressBody(BigDecimal score, Integer timeSpent) {
}
