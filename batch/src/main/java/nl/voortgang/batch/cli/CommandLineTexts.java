package nl.voortgang.batch.cli;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The command line's own wording, in {@code CommandLineTexts.properties}: one place, so that a second language is a second bundle. */
final class CommandLineTexts {

    static final String BUNDLE = "nl.voortgang.batch.cli.CommandLineTexts";

    private CommandLineTexts() {
    }

    static ResourceBundle bundle() {
        return ResourceBundle.getBundle(BUNDLE, Locale.ROOT);
    }

    /** The sentence under {@code key}, with its arguments filled in. */
    static String text(String key, Object... arguments) {
        return new MessageFormat(bundle().getString(key), Locale.forLanguageTag("nl-NL")).format(arguments);
    }
}
