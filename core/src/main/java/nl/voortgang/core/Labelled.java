package nl.voortgang.core;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A fixed value with a Dutch label (what files and reports use) and an English one (the English report).
 * Files may use either label, in any case.
 */
public interface Labelled {

    String dutch();

    String english();

    /** Other names that files may use for this value, such as {@code m&e}. */
    default java.util.List<String> aliases() {
        return java.util.List.of();
    }

    default String label(Locale locale) {
        return "en".equals(locale.getLanguage()) ? english() : dutch();
    }

    /** The constant whose Dutch or English label (or name) matches {@code text}, ignoring case and spacing. */
    static <E extends Enum<E> & Labelled> Optional<E> fromLabel(Class<E> type, String text) {
        String wanted = normalise(text);
        return Arrays.stream(type.getEnumConstants())
                .filter(e -> normalise(e.dutch()).equals(wanted) || normalise(e.english()).equals(wanted)
                        || normalise(e.name()).equals(wanted)
                        || e.aliases().stream().anyMatch(a -> normalise(a).equals(wanted)))
                .findFirst();
    }

    /** The Dutch labels, quoted and separated by commas, for messages that say what is allowed. */
    static <E extends Enum<E> & Labelled> String dutchLabels(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(e -> "'" + e.dutch() + "'").collect(Collectors.joining(", "));
    }

    private static String normalise(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
