package nl.voortgang.batch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.voortgang.batch.storage.SpringBatchSchemaMigration;
import org.flywaydb.core.Flyway;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The embedded database (HSQLDB in file mode, in {@code db/} of the data directory) is created and migrated as a
 * whole or not at all. HSQLDB commits every {@code CREATE TABLE} by itself, so a process killed while a migration
 * runs would leave half a schema that no later start can migrate ("object name already exists"), and one killed
 * while HSQLDB creates its files would leave a database that cannot be opened. So a database that is not yet at
 * the latest migration is migrated in a copy ({@code db.migrating/}, made from {@code db/} without its lock file),
 * which then takes the place of {@code db/} by renaming; an interrupted preparation is finished or undone the next
 * time. {@code db/voortgang.migrated} says which migration a database is at, so that a start with nothing to
 * migrate costs no more than reading it. A database the user configured elsewhere (a server) is left to Flyway.
 */
final class EmbeddedDatabase {

    private static final Pattern MIGRATION = Pattern.compile("V(\\d+)__.*\\.sql");
    private static final String MARKER = "voortgang.migrated";

    private final Path db;
    private final Path migrating;
    private final Path old;

    EmbeddedDatabase(Path dataDir) {
        this.db = dataDir.resolve("db");
        this.migrating = dataDir.resolve("db.migrating");
        this.old = dataDir.resolve("db.old");
    }


    /** Whether the data directory has an embedded database (also one an interrupted preparation left to finish). */
    static boolean exists(Path dataDir) {
        EmbeddedDatabase database = new EmbeddedDatabase(dataDir);
        return Files.isDirectory(database.db) || Files.isDirectory(database.old) || Files.exists(database.migrating.resolve(MARKER));
    }

    /** Makes sure {@code db/} holds a database at the latest migration, whatever an earlier, interrupted start left. */
    void prepare() throws IOException, SQLException {
        recover();
        int latest = latestMigration();
        if (migratedTo(db) == latest) {
            return;
        }
        if (Files.exists(db)) {
            copyWithoutLock(db, migrating);
        } else {
            OwnerOnlyFolders.create(migrating);
        }
        migrate(migrating);
        Files.writeString(migrating.resolve(MARKER), Integer.toString(latest));
        CrashPoint.at("database-migrated");
        if (Files.exists(db)) {
            Files.move(db, old, StandardCopyOption.ATOMIC_MOVE);
            CrashPoint.at("database-swapping");
        }
        Files.move(migrating, db, StandardCopyOption.ATOMIC_MOVE);
        deleteRecursively(old);
    }

    /** Finishes a swap that was interrupted after its copy was complete, or undoes one that was not. */
    private void recover() throws IOException {
        if (!Files.exists(db) && Files.exists(migrating.resolve(MARKER))) {
            Files.move(migrating, db, StandardCopyOption.ATOMIC_MOVE);
        }
        if (!Files.exists(db) && Files.exists(old)) {
            Files.move(old, db, StandardCopyOption.ATOMIC_MOVE);
        }
        deleteRecursively(migrating);
        deleteRecursively(old);
    }

    private static int migratedTo(Path folder) throws IOException {
        Path marker = folder.resolve(MARKER);
        if (!Files.exists(marker)) {
            return -1;
        }
        try {
            return Integer.parseInt(Files.readString(marker).strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The highest version among the migrations this build has (the SQL scripts, and Spring Batch's schema as 2). */
    static int latestMigration() throws IOException {
        int latest = SpringBatchSchemaMigration.VERSION;
        for (Resource script : new PathMatchingResourcePatternResolver().getResources("classpath:db/migration/V*__*.sql")) {
            Matcher m = MIGRATION.matcher(String.valueOf(script.getFilename()));
            if (m.matches()) {
                latest = Math.max(latest, Integer.parseInt(m.group(1)));
            }
        }
        return latest;
    }

    /** Runs every pending migration on the database in {@code folder}, and closes it cleanly. */
    private static void migrate(Path folder) throws IOException, SQLException {
        String url = url(folder);
        Flyway.configure().dataSource(url, "SA", "").locations("classpath:db/migration").javaMigrations(new SpringBatchSchemaMigration())
                .load().migrate();
        try (Connection connection = DriverManager.getConnection(url, "SA", ""); Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        }
    }

    /** The application's own URL of the embedded database, for the database in {@code folder}. */
    private static String url(Path folder) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = EmbeddedDatabase.class.getResourceAsStream("/application.properties")) {
            properties.load(in);
        }
        return properties.getProperty("spring.datasource.url").replace("${voortgang.data-dir}/db/", folder.toAbsolutePath() + "/");
    }

    private static void copyWithoutLock(Path from, Path to) throws IOException {
        OwnerOnlyFolders.create(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.toList()) {
                if (Files.isRegularFile(file) && !file.getFileName().toString().endsWith(".lck")) {
                    Files.copy(file, to.resolve(file.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
