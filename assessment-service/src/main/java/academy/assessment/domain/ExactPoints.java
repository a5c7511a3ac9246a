package academy.assessment.domain;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * Points as an exact fraction ({@code numerator / denominator}), so partial credits add up
 * without rounding: 1/2 + 1/3 + 1/6 is exactly 1, never 0.9999.
 */
public record ExactPoints(BigDecimal numerator, BigInteger denominator) {

    public static final ExactPoints ZERO = of(BigDecimal.ZERO);

    public ExactPoints {
        if (denominator.signum() <= 0) {
            throw new IllegalArgumentException("denominator must be positive");
        }
    }

    public static ExactPoints of(BigDecimal points) {
        return new ExactPoints(points, BigInteger.ONE);
    }

    /** {@code points * numerator / denominator}. */
    public static ExactPoints ofShare(BigDecimal points, long numerator, long denominator) {
        return new ExactPoints(points.multiply(BigDecimal.valueOf(numerator)), BigInteger.valueOf(denominator));
    }

    public ExactPoints plus(ExactPoints other) {
        if (denominator.equals(other.denominator)) {
            return new ExactPoints(numerator.add(other.numerator), denominator);
        }
        return new ExactPoints(numerator.multiply(new BigDecimal(other.denominator))
                .add(other.numerator.multiply(new BigDecimal(denominator))), denominator.multiply(other.denominator));
    }

    /** Floored to {@code scale} decimals: the only rounding, done once, at the end. */
    public BigDecimal floor(int scale) {
        return numerator.divide(new BigDecimal(denominator), scale, RoundingMode.DOWN);
    }

    /** {@code this / total}, floored to {@code scale} decimals. */
    public BigDecimal ratioFloor(BigDecimal total, int scale) {
        return numerator.divide(total.multiply(new BigDecimal(denominator)), scale, RoundingMode.DOWN);
    }

    /** Whether {@code this / total >= mark}, exactly. */
    public boolean reaches(BigDecimal mark, BigDecimal total) {
        return numerator.compareTo(mark.multiply(total).multiply(new BigDecimal(denominator))) >= 0;
    }

    public boolean isFull(BigDecimal points) {
        return numerator.compareTo(points.multiply(new BigDecimal(denominator))) == 0;
    }
}
