package nl.voortgang.batch;

import java.io.PrintStream;
import java.text.NumberFormat;
import java.time.Duration;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the user reads: one readable line per file, progress on large files, and the same lines in the log file
 * of the data directory. Results go to standard output; a refusal or an error goes to standard error, so that a
 * script can keep the one apart from the other.
 */
public class Console {

    private static final Logger LOG = LoggerFactory.getLogger(Console.class);
    private static final NumberFormat COUNT = NumberFormat.getIntegerInstance(Locale.forLanguageTag("nl-NL"));

    private final PrintStream out;
    private final PrintStream err;
    private final boolean log;

    /** A console whose lines also go to the log file of the data directory; refusals go to {@code System.err}. */
    public Console(PrintStream out) {
        this(out, System.err, true);
    }

    public Console(PrintStream out, boolean log) {
        this(out, System.err, log);
    }

    public Console(PrintStream out, PrintStream err, boolean log) {
        this.out = out;
        this.err = err;
        this.log = log;
    }

    /** Says why a command refuses or stops, on standard error (and in the log). */
    public void refuse(String line) {
        err.println(line);
        if (log) {
            LOG.warn(line);
        }
    }

    public void say(String line) {
        out.println(line);
        if (log) {
            LOG.info(line);
        }
    }

    /** Say a line that is not worth keeping in the log (a table, a blank line). */
    public void print(String line) {
        out.println(line);
    }

    public static String count(long n) {
        return COUNT.format(n);
    }

    /** "1 regel", "12 regels". */
    public static String rows(long n) {
        return count(n) + (n == 1 ? " regel" : " regels");
    }

    public static String seconds(Duration duration) {
        return String.format(Locale.forLanguageTag("nl-NL"), "%.1f s", duration.toMillis() / 1000.0);
    }

    /** Reports progress through a large file: at most every five seconds, never for a file that takes less. */
    public Progress progress(String what) {
        return new Progress(what);
    }

    /** Counts rows and now and then says how far it got. */
    public final class Progress {

        private final String what;
        private final long started = System.nanoTime();
        private long lastSaid = started;
        private long rows;

        private Progress(String what) {
            this.what = what;
        }

        public void add(long more) {
            rows += more;
            long now = System.nanoTime();
            if (now - lastSaid >= 5_000_000_000L) {
                lastSaid = now;
                say("  … " + count(rows) + " regels " + what + " (" + seconds(Duration.ofNanos(now - started)) + ")");
            }
        }

        public long rows() {
            return rows;
        }
    }
}
