package nl.voortgang.batch.storage;

import java.sql.Connection;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/**
 * Creates Spring Batch's job repository tables in Voortgang's own database, as migration 2, with the schema
 * script that Spring Batch ships for the database in use (HSQLDB, PostgreSQL, …).
 */
public final class SpringBatchSchemaMigration implements JavaMigration {

    /** Its place among Voortgang's migrations. */
    public static final int VERSION = 2;

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion(Integer.toString(VERSION));
    }

    @Override
    public String getDescription() {
        return "Spring Batch job repository";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        // Spring Boot's name for the database is the one Spring Batch's scripts are named by (schema-hsqldb.sql, schema-postgresql.sql)
        DatabaseDriver driver = DatabaseDriver.fromProductName(connection.getMetaData().getDatabaseProductName());
        if (driver == DatabaseDriver.UNKNOWN) {
            throw new IllegalStateException("Voortgang does not know Spring Batch's schema for " + connection.getMetaData().getDatabaseProductName());
        }
        String platform = driver.getId();
        var populator = new ResourceDatabasePopulator(new ClassPathResource("org/springframework/batch/core/schema-" + platform + ".sql"));
        populator.execute(new SingleConnectionDataSource(connection, true));
    }
}
