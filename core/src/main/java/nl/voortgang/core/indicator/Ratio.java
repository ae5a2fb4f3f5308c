package nl.voortgang.core.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A share in percent: 100 × numerator / denominator, rounded half-up. */
public final class Ratio {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Ratio() {
    }

    /** {@code percentage(52, 104, 1)} is 50.0; the denominator is not zero. */
    public static BigDecimal percentage(BigDecimal numerator, BigDecimal denominator, int decimals) {
        return numerator.multiply(HUNDRED).divide(denominator, decimals, RoundingMode.HALF_UP);
    }
}
