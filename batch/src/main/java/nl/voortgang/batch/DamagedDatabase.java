package nl.voortgang.batch;

import java.io.EOFException;
import java.io.UTFDataFormatException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Set;

/**
 * An embedded database whose files HSQLDB cannot read: a {@code voortgang.script} that does not parse, or a
 * {@code voortgang.data} that ends early or holds garbage. Running again would not help (exit code 4, not 1); a backup
 * has to be put back. Only these HSQLDB errors count: a lock, a full disk or a refused permission is not damage.
 */
final class DamagedDatabase {

    /** HSQLDB's error codes (org.hsqldb.error.ErrorCode, negated in SQLException) for files it cannot read. */
    private static final Set<Integer> DAMAGE = Set.of(-25, // M_DatabaseScriptReader_read: "error in script file"
            -461, // ERROR_IN_SCRIPT_FILE
            -466, // DATA_FILE_ERROR
            -453, // WRONG_DATABASE_FILE_VERSION
            -454); // DATA_FILE_BACKUP_MISMATCH
    /** GENERAL_IO_ERROR: damage only when what failed was reading a row that was not there or not one. */
    private static final int IO_ERROR = -467;

    private DamagedDatabase() {
    }

    static boolean isDamaged(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql) {
                if (DAMAGE.contains(sql.getErrorCode())) {
                    return true;
                }
                if (sql.getErrorCode() == IO_ERROR && causedByUnreadableRow(sql)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean causedByUnreadableRow(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof EOFException || cause instanceof UTFDataFormatException) {
                return true;
            }
        }
        return false;
    }

    /** What the user reads: which database, that it is damaged, and how to put a backup back. */
    static String message(Path dataDir, String cause) {
        Path db = dataDir.resolve("db");
        String n = System.lineSeparator();
        return "De database in " + db + " is beschadigd: HSQLDB kan hem niet lezen (" + cause + "). Er is niets gedaan; opnieuw starten helpt niet." + n
                + "Zet de laatste reservekopie terug (gemaakt met 'voortgang backup --to MAP'):" + n
                + "  1. zorg dat er geen voortgang-opdracht meer loopt op " + dataDir + ";" + n
                + "  2. verplaats de map " + db + " naar een andere plek, bijvoorbeeld db-beschadigd (bewaar hem; niet db.old of "
                + "db.migrating, die namen gebruikt Voortgang zelf);" + n
                + "  3. maak een nieuwe map " + db + " en kopieer alle bestanden uit de map van de reservekopie erin "
                + "(voortgang.properties, voortgang.script, voortgang.data als die er is, en voortgang.migrated);" + n
                + "  4. controleer met: voortgang --data-dir " + dataDir + " status" + n
                + "Bestanden die na de reservekopie zijn ingelezen, staan als kopie in " + dataDir.resolve("files")
                + "; lees die daarna opnieuw in met ingest (wat er al is, wordt niet dubbel opgeslagen).";
    }
}
