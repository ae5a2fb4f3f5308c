package nl.voortgang.batch.cli;

/** The exit codes of the {@code voortgang} command, as the README documents them. */
public final class ExitCodes {

    /** Everything accepted, or already ingested before. */
    public static final int OK = 0;
    /** The program itself failed; details are in the log file of the data directory. */
    public static final int FAILED = 1;
    /** Some input was rejected (problems written next to the kept copy), or the command line was wrong. */
    public static final int INPUT_REJECTED = 2;
    /** Another run is busy with the same data directory or database; nothing was done. */
    public static final int BUSY = 3;
    /** The embedded database is damaged (its files cannot be read); running again does not help: put a backup back. */
    public static final int DAMAGED = 4;

    /**
     * The configured database server cannot be used: it does not answer, the database does not exist, or it refuses the
     * user. Nothing was done; running again helps only once the configuration or the server is put right.
     */
    public static final int SETUP = 5;

    private ExitCodes() {
    }
}
