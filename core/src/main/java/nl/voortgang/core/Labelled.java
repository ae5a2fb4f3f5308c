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

    /** The constant whose Dutch or English label (or name, or alias) matches {@code text}, ignoring case and spacing. */
    static <E extends Enum<E> & Labelled> Optional<E> fromLabel(Class<E> type, String text) {
        return Optional.ofNullable(type.cast(LabelIndex.of(type).get(normalise(text))));
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

    /** Lower case, only letters a–z and digits: "Monitoring & Evaluatie" becomes "monitoringevaluatie". */
    static String normalise(String text) {
        StringBuilder plain = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = Character.toLowerCase(text.charAt(i));
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                plain.append(c);
            }
        }
        return plain.toString();
    }

    /** Every spelling of every constant of an enum, normalised, built once per enum. */
    final class LabelIndex {

        private static final java.util.Map<Class<?>, java.util.Map<String, Object>> INDEXES = new java.util.concurrent.ConcurrentHashMap<>();

        private LabelIndex() {
        }

        static <E extends Enum<E> & Labelled> java.util.Map<String, Object> of(Class<E> type) {
            return INDEXES.computeIfAbsent(type, t -> {
                java.util.Map<String, Object> index = new java.util.HashMap<>();
                for (E e : type.getEnumConstants()) {
                    index.putIfAbsent(normalise(e.dutch()), e);
                    index.putIfAbsent(normalise(e.english()), e);
                    index.putIfAbsent(normalise(e.name()), e);
                    e.aliases().forEach(alias -> index.putIfAbsent(normalise(alias), e));
                }
                return java.util.Map.copyOf(index);
            });
        }
    }
}
