package nl.voortgang.core.alliance;

import java.util.Objects;
import java.util.regex.Pattern;

/** The short code of an alliance, for example {@code SWH} for "Samen werkt het!". */
public record AllianceCode(String value) implements Comparable<AllianceCode> {

    private static final Pattern FORM = Pattern.compile("[A-Z0-9]+(-[A-Z0-9]+)*");

    public AllianceCode {
        Objects.requireNonNull(value, "value");
        if (!FORM.matcher(value).matches() || value.length() > 40) {
            throw new IllegalArgumentException("an alliance code is made of capitals, digits and hyphens, such as SWH: " + value);
        }
    }

    public static AllianceCode of(String value) {
        return new AllianceCode(value);
    }

    public static boolean isValid(String value) {
        return value != null && value.length() <= 40 && FORM.matcher(value).matches();
    }

    @Override
    public int compareTo(AllianceCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
