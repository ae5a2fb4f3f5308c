package nl.voortgang.core.alliance;

import java.util.Objects;

/** The code of a planned activity, unique within an alliance, such as {@code SWH-2018-03}. */
public record ActivityCode(String value) implements Comparable<ActivityCode> {

    public ActivityCode {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("an activity code cannot be blank");
        }
    }

    public static ActivityCode of(String value) {
        return new ActivityCode(value);
    }

    @Override
    public int compareTo(ActivityCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
