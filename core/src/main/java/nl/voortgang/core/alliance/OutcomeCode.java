package nl.voortgang.core.alliance;

import java.util.Objects;

/** The code of an outcome in an alliance's theory of change, unique within the alliance, such as {@code U1}. */
public record OutcomeCode(String value) implements Comparable<OutcomeCode> {

    public OutcomeCode {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("an outcome code cannot be blank");
        }
    }

    public static OutcomeCode of(String value) {
        return new OutcomeCode(value);
    }

    @Override
    public int compareTo(OutcomeCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
