package nl.voortgang.core.alliance;

import java.util.Objects;

/** The code of an indicator, unique within the alliance, such as {@code I1.2}. */
public record IndicatorCode(String value) implements Comparable<IndicatorCode> {

    public IndicatorCode {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("an indicator code cannot be blank");
        }
    }

    public static IndicatorCode of(String value) {
        return new IndicatorCode(value);
    }

    @Override
    public int compareTo(IndicatorCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
