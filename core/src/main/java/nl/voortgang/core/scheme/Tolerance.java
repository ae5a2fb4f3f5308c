package nl.voortgang.core.scheme;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * How far realised spending per cost category may deviate from the definitive budget, in percent of the
 * budget, before it must be explained to the ministry. A deviation of exactly the tolerance is within it.
 */
public record Tolerance(BigDecimal percent) {

    public Tolerance {
        Objects.requireNonNull(percent, "percent");
        if (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("a tolerance is a percentage between 0 and 100: " + percent);
        }
    }

    public static Tolerance percent(String percent) {
        return new Tolerance(new BigDecimal(percent));
    }
}
