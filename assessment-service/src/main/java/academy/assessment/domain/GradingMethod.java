package academy.assessment.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** How the scored attempts of one learner make one final grade. */
public enum GradingMethod {
    HIGHEST("highest"),
    AVERAGE("average"),
    FIRST("first"),
    LAST("last");

    private final String wire;

    GradingMethod(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    public static GradingMethod fromWire(String name) {
        return Arrays.stream(values()).filter(method -> method.wire.equals(name)).findFirst().orElse(null);
    }

    /** The grade over these scored attempts (at least one); an average is floored to 4 decimals. */
    public BigDecimal grade(List<ScoredAttempt> scored) {
        if (scored.isEmpty()) {
            throw new IllegalArgumentException("no scored attempt to grade");
        }
        Comparator<ScoredAttempt> byNumber = Comparator.comparingInt(ScoredAttempt::attemptNumber);
        if (this == HIGHEST) {
            return scored.stream().map(ScoredAttempt::percent).max(Comparator.naturalOrder()).orElseThrow();
        }
        if (this == FIRST) {
            return scored.stream().min(byNumber).orElseThrow().percent();
        }
        if (this == LAST) {
            return scored.stream().max(byNumber).orElseThrow().percent();
        }
        BigDecimal sum = scored.stream().map(ScoredAttempt::percent).reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(scored.size()), Scoring.SCALE, RoundingMode.DOWN);
    }
}
