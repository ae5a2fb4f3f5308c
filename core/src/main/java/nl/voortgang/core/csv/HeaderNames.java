package nl.voortgang.core.csv;

import java.text.Normalizer;
import java.util.Locale;

/** Header names compare without case, accents, spaces or punctuation: "Kosten soort" names {@code kostensoort}. */
final class HeaderNames {

    private HeaderNames() {
    }

    static String normalise(String header) {
        String decomposed = Normalizer.normalize(header.replace("\ufeff", ""), Normalizer.Form.NFD);
        return decomposed.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
