package nl.voortgang.core.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An exact amount of euros, always held with two decimals (cents). Never a {@code double}.
 *
 * @param amount the amount in euros, scale 2
 */
public record Money(BigDecimal amount) implements Comparable<Money> {

    public static final Money ZERO = new Money(BigDecimal.ZERO);

    public Money {
        Objects.requireNonNull(amount, "amount");
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("an amount in euros has at most 2 decimals: " + amount.toPlainString());
        }
        amount = amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    public static Money euros(String amount) {
        return new Money(new BigDecimal(amount));
    }

    public static Money euros(long euros) {
        return new Money(BigDecimal.valueOf(euros));
    }

    public static Money cents(long cents) {
        return new Money(BigDecimal.valueOf(cents, 2));
    }

    public Money plus(Money other) {
        return new Money(amount.add(other.amount));
    }

    public Money minus(Money other) {
        return new Money(amount.subtract(other.amount));
    }

    public Money negate() {
        return new Money(amount.negate());
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public boolean isGreaterThan(Money other) {
        return compareTo(other) > 0;
    }

    /** This amount as a percentage of {@code whole}, rounded half-up to one decimal; empty when whole is zero. */
    public java.util.Optional<BigDecimal> percentageOf(Money whole) {
        if (whole.isZero()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(amount.multiply(BigDecimal.valueOf(100)).divide(whole.amount, 1, RoundingMode.HALF_UP));
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(other.amount);
    }

    /** The plain form used in files and logs, for example {@code 1234.50}. */
    @Override
    public String toString() {
        return amount.toPlainString();
    }
}
