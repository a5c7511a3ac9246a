package academy.projector.progress.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Share of a course's lessons completed, a fraction 0..1 with 4 decimals (rounded down). */
public final class CompletionPercent {

    private CompletionPercent() {
    }

    public static BigDecimal of(long completedLessons, long totalLessons) {
        if (totalLessons <= 0) {
            return BigDecimal.ZERO.setScale(4);
        }
        long done = Math.min(Math.max(completedLessons, 0), totalLessons);
        return BigDecimal.valueOf(done).divide(BigDecimal.valueOf(totalLessons), 4, RoundingMode.DOWN);
    }
}
