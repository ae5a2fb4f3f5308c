package nl.voortgang.core.csv;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Recognises which format a file is in from its header: the format whose required columns are all there,
 * preferring the one that knows the most of the header's columns. Files may be named as their senders like.
 * A header that has at least half the required columns of a format is taken as that format, so that the
 * reader can say exactly which columns are missing.
 */
public final class FormatDetection {

    private FormatDetection() {
    }

    /** The format of a file with this header, or the problem that says why none fits. */
    public static <F extends RecordFormat<?>> Detected<F> detect(String file, List<String> header, List<F> candidates) {
        Optional<F> fitting = candidates.stream().filter(f -> f.fits(header))
                .max(Comparator.comparingLong(f -> known(f, header)));
        if (fitting.isPresent()) {
            return new Detected<>(fitting.get(), null);
        }
        Optional<F> nearest = candidates.stream()
                .filter(f -> 2 * f.requiredPresent(header) >= f.requiredColumns().size())
                .max(Comparator.comparingDouble((F f) -> (double) f.requiredPresent(header) / f.requiredColumns().size())
                        .thenComparingLong(f -> known(f, header)));
        if (nearest.isPresent()) {
            return new Detected<>(nearest.get(), null);
        }
        if (header.stream().allMatch(String::isBlank)) {
            return new Detected<>(null, Problem.ofFile(ProblemCode.NO_HEADER, file, "Het bestand heeft geen kopregel.",
                    "Zet de kolomnamen op de eerste regel (zie docs/csv-formats.md)."));
        }
        String expected = candidates.stream()
                .map(f -> "'" + f.name() + "' (" + f.requiredColumns().stream().map(Column::name).collect(Collectors.joining(", ")) + ")")
                .collect(Collectors.joining("; "));
        return new Detected<>(null, Problem.error(ProblemCode.UNKNOWN_FORMAT, file, 1, "", String.join(",", header),
                "Aan de kopregel is niet te zien wat voor bestand dit is: er ontbreken kolommen.",
                "Gebruik de kolomnamen van een van deze formaten: " + expected + "."));
    }

    private static long known(RecordFormat<?> format, List<String> header) {
        return header.stream().filter(cell -> format.columns().stream().anyMatch(c -> c.matches(cell))).count();
    }

    public record Detected<F>(F format, Problem problem) {

        public Optional<F> found() {
            return Optional.ofNullable(format);
        }
    }
}
