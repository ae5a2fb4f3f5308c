package nl.voortgang.batch.cli;

import nl.voortgang.batch.Console;
import org.springframework.context.ApplicationContext;

/** A subcommand that works on the data directory, run once the application has started. */
public interface SpringCommand {

    /** Runs the command; returns its exit code. */
    int run(ApplicationContext context, Console console) throws Exception;

    /**
     * Work that needs no application and that the command will benefit from, such as loading report templates, run
     * on a spare thread while the application starts; none by default.
     */
    default Runnable preparation() {
        return null;
    }

    /**
     * Whether the command works on what is there, so that on a data directory without data it is refused (creating
     * nothing); every command that only reads does.
     */
    default boolean needsData() {
        return onlyReads();
    }

    /**
     * Whether the command only reads, and may therefore run beside a run that writes: on a database server it takes no
     * lock of the data directory, and it reads everything in one snapshot (a read-only, repeatable-read transaction), so
     * that a report made while the nightly run commits file after file shows one committed state throughout.
     */
    default boolean onlyReads() {
        return false;
    }

    /** Whether the command works only on the embedded database (not on a database server). */
    default boolean needsEmbeddedDatabase() {
        return false;
    }
}
