package nl.voortgang.core.scheme;

import java.util.Objects;
import java.util.regex.Pattern;

/** The short code of a subsidy scheme, for example {@code OCW-GELIJK-2017}. */
public record SchemeCode(String value) {

    private static final Pattern FORM = Pattern.compile("[A-Z0-9]+(-[A-Z0-9]+)*");

    public SchemeCode {
        Objects.requireNonNull(value, "value");
        if (!FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("a scheme code is made of capitals, digits and hyphens: " + value);
        }
    }

    public static SchemeCode of(String value) {
        return new SchemeCode(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
