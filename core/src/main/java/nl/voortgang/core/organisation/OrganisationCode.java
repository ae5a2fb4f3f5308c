package nl.voortgang.core.organisation;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The short code by which the secretariat and the inbox know an organisation, for example {@code NVR} or
 * {@code WOMEN-INC}: capital letters, digits and hyphens.
 */
public record OrganisationCode(String value) implements Comparable<OrganisationCode> {

    private static final Pattern FORM = Pattern.compile("[A-Z0-9]+(-[A-Z0-9]+)*");

    public OrganisationCode {
        Objects.requireNonNull(value, "value");
        if (!FORM.matcher(value).matches() || value.length() > 40) {
            throw new IllegalArgumentException("an organisation code is made of capitals, digits and hyphens (at most 40), such as WOMEN-INC: " + value);
        }
    }

    public static OrganisationCode of(String value) {
        return new OrganisationCode(value);
    }

    public static boolean isValid(String value) {
        return value != null && value.length() <= 40 && FORM.matcher(value).matches();
    }

    @Override
    public int compareTo(OrganisationCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
