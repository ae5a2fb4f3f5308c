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

    /** The value's labels; an enum keeps one {@link Labels} per constant. */
    Labels labels();

    default String dutch() {
        return labels().dutch();
    }

    default String english() {
        return labels().english();
    }

    /** Other names that files may use for this value, such as {@code m&e}. */
    default java.util.List<String> aliases() {
        return labels().aliases();
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

    /** A Dutch label, an English label, and other names files may use. */
    record Labels(String dutch, String english, java.util.List<String> aliases) {

        public Labels(String dutch, String english) {
            this(dutch, english, java.util.List.of());
        }
    }

    private static String normalise(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
