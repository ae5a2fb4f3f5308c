package nl.voortgang.samples.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Properties;

/** The database settings Voortgang uses, for the ceilings and the plain pipeline to use too. */
final class Databases {

    private Databases() {
    }

    /** Voortgang's own {@code spring.datasource.url}, for a database in {@code dataDir}. */
    static String voortgangUrl(Path dataDir) {
        Properties properties = new Properties();
        try (InputStream in = Databases.class.getResourceAsStream("/application.properties")) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("spring.datasource.url").replace("${voortgang.data-dir}", dataDir.toAbsolutePath().toString());
    }

    /** A table with the columns of Voortgang's expenditure table and only a primary key. */
    static final String TABLE = "CREATE TABLE bookings (submission_id BIGINT NOT NULL, line_no BIGINT NOT NULL, category VARCHAR(20) NOT NULL, "
            + "amount DECIMAL(15, 2) NOT NULL, booked_on DATE, description VARCHAR(500), explanation VARCHAR(2000), "
            + "PRIMARY KEY (submission_id, line_no))";

    static final String INSERT = "INSERT INTO bookings (submission_id, line_no, category, amount, booked_on, description, explanation) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?)";
}
