package nl.voortgang.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.EOFException;
import java.io.IOException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/**
 * Which start failures are a damaged database (exit 4) and which are not. The SQLExceptions carry HSQLDB's own error
 * codes: the script and data file ones as HSQLDB 2.7.3 gave them here on a truncated {@code voortgang.script} and
 * {@code voortgang.data}; the others are HSQLDB's codes for a held lock file (LOCK_FILE_ACQUISITION_FAILURE), an I/O
 * error and a refused access ({@code org.hsqldb.error.ErrorCode}).
 */
class DamagedDatabaseTests {

    private static RuntimeException startFailure(SQLException cause) {
        return new IllegalStateException("Failed to initialize pool", cause);
    }

    @Test
    void a_script_file_that_does_not_parse_is_damage() {
        SQLException script = new SQLException("error in script file  line: 27 unexpected token : SCAL required: COMPRESSED", "S1000", -25);

        assertThat(DamagedDatabase.isDamaged(startFailure(script))).isTrue();
    }

    @Test
    void a_data_file_that_ends_too_early_is_damage() {
        SQLException data = new SQLException("IO error: RowInputBinary 24576", "S1000", -467, new EOFException());

        assertThat(DamagedDatabase.isDamaged(startFailure(data))).isTrue();
    }

    @Test
    void a_database_another_process_holds_is_not_damage() {
        SQLException lock = new SQLException("Database lock acquisition failure: lockFile: ... heartbeat - read: 1200 ms.", "S1000", -451);

        assertThat(DamagedDatabase.isDamaged(startFailure(lock))).isFalse();
    }

    @Test
    void a_full_disk_or_a_refused_permission_is_not_damage() {
        SQLException full = new SQLException("IO error: No space left on device", "S1000", -467, new IOException("No space left on device"));
        SQLException denied = new SQLException("access is denied", "S1000", -457);

        assertThat(DamagedDatabase.isDamaged(startFailure(full))).isFalse();
        assertThat(DamagedDatabase.isDamaged(startFailure(denied))).isFalse();
        assertThat(DamagedDatabase.isDamaged(new IllegalStateException("Connection refused"))).isFalse();
    }
}
