package academy.learning.domain;

import java.math.BigDecimal;

/** Scores are stored in their shortest form (0.85, 1, 0) so equal scores serialize equally. */
final class Scores {

    private Scores() {
    }

    static BigDecimal normalized(BigDecimal score) {
        BigDecimal stripped = score.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    static BigDecimal best(BigDecimal current, BigDecimal candidate) {
        return current == null || candidate.compareTo(current) > 0 ? candidate : current;
    }
}
