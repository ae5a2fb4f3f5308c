package nl.voortgang.batch;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The database the tests run on: the embedded HSQLDB in each test's own data directory, or, with the Maven profile
 * {@code postgresql}, one PostgreSQL database that every test shares (its URL, user and password in the environment, as a
 * shared installation gives them). A test that starts from nothing empties the shared database first.
 */
public final class TestDatabase {

    /** Every table of Voortgang and of Spring Batch, children before parents. */
    public static final List<String> TABLES = List.of("ministry_assessment", "submitted_report_version", "submitted_report", "submission_review", "submission_warning", "budget_line", "expenditure", "activity_progress", "narrative",
            "indicator_result", "indicator_category_target", "submission", "rejected_file", "reference_file", "run_lock", "nightly_file", "report_output", "organisation_former_name",
            "board_seat", "representation", "organisation", "subsidy_scheme", "alliance_name", "membership", "outcome", "indicator", "indicator_target",
            "planned_activity", "alliance_grant", "alliance", "newsletter_edition", "news_item", "meeting", "BATCH_STEP_EXECUTION_CONTEXT",
            "BATCH_JOB_EXECUTION_CONTEXT", "BATCH_STEP_EXECUTION", "BATCH_JOB_EXECUTION_PARAMS", "BATCH_JOB_EXECUTION", "BATCH_JOB_INSTANCE");

    private TestDatabase() {
    }

    /** The shared server's URL, or null when the tests run on the embedded database. */
    public static String serverUrl() {
        String url = System.getenv("SPRING_DATASOURCE_URL");
        return url == null || url.isBlank() ? null : url;
    }

    /** Empties the shared server database (its schema stays); nothing to do for the embedded one, new in each data directory. */
    public static void emptyTheServer() {
        String url = serverUrl();
        if (url == null) {
            return;
        }
        try (Connection connection = DriverManager.getConnection(url, System.getenv("SPRING_DATASOURCE_USERNAME"),
                System.getenv("SPRING_DATASOURCE_PASSWORD")); Statement statement = connection.createStatement()) {
            boolean migrated = connection.getMetaData().getTables(null, null, "submission", null).next();
            if (migrated) {
                for (String table : TABLES) {
                    statement.execute("DELETE FROM " + table);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot empty the test database " + url, e);
        }
    }
}
