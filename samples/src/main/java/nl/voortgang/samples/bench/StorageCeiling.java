package nl.voortgang.samples.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Types;
import java.util.List;

/**
 * (2) The fastest any ingest into this database can be: the rows, already parsed and in memory, inserted with plain
 * JDBC (one prepared statement, batches of 5,000, one transaction per batch) into a table with the same columns and
 * only a primary key, in HSQLDB file mode with the settings Voortgang uses.
 */
final class StorageCeiling {

    static final int BATCH = 5_000;

    private StorageCeiling() {
    }

    /** Returns the seconds the inserts took. */
    static double run(Path ledger, Path work) throws Exception {
        Path dataDir = Files.createDirectories(work.resolve("ceiling"));
        try (Connection db = DriverManager.getConnection(Databases.voortgangUrl(dataDir), "SA", "")) {
            return inserts(ledger, db);
        }
    }

    /** (2p) The same inserts into any database (PostgreSQL with {@code reWriteBatchedInserts=true}); the seconds they took. */
    static double inserts(Path ledger, Connection db) throws Exception {
        List<LedgerRows.Booking> bookings = LedgerRows.readAll(ledger);
        {
            db.createStatement().execute(Databases.TABLE);
            db.setAutoCommit(false);
            long started = System.nanoTime();
            try (PreparedStatement insert = db.prepareStatement(Databases.INSERT)) {
                long line = 1;
                int pending = 0;
                for (LedgerRows.Booking b : bookings) {
                    insert.setLong(1, 1);
                    insert.setLong(2, ++line);
                    insert.setString(3, b.category());
                    insert.setBigDecimal(4, b.amount());
                    insert.setObject(5, b.bookedOn(), Types.DATE);
                    insert.setString(6, b.description());
                    insert.setNull(7, Types.VARCHAR);
                    insert.addBatch();
                    if (++pending == BATCH) {
                        insert.executeBatch();
                        db.commit();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    insert.executeBatch();
                    db.commit();
                }
            }
            return (System.nanoTime() - started) / 1e9;
        }
    }

    /**
     * (2c) The same rows into PostgreSQL with the driver's {@code COPY … FROM STDIN} (CSV), 5,000 rows a copy and a
     * transaction, as Voortgang's chunks are; the seconds it took.
     */
    static double copies(Path ledger, Connection db) throws Exception {
        List<LedgerRows.Booking> bookings = LedgerRows.readAll(ledger);
        db.createStatement().execute(Databases.TABLE);
        db.setAutoCommit(false);
        var copy = db.unwrap(org.postgresql.PGConnection.class).getCopyAPI();
        String sql = "COPY bookings (submission_id, line_no, category, amount, booked_on, description, explanation) FROM STDIN WITH (FORMAT csv)";
        long started = System.nanoTime();
        StringBuilder csv = new StringBuilder();
        long line = 1;
        int pending = 0;
        for (LedgerRows.Booking b : bookings) {
            csv.append("1,").append(++line).append(",\"").append(b.category()).append("\",").append(b.amount().toPlainString()).append(',')
                    .append(b.bookedOn()).append(",\"").append(b.description().replace("\"", "\"\"")).append("\",\n");
            if (++pending == BATCH) {
                copy.copyIn(sql, new java.io.StringReader(csv.toString()));
                db.commit();
                csv.setLength(0);
                pending = 0;
            }
        }
        if (pending > 0) {
            copy.copyIn(sql, new java.io.StringReader(csv.toString()));
            db.commit();
        }
        return (System.nanoTime() - started) / 1e9;
    }
}
