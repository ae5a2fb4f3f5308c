package nl.voortgang.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import nl.voortgang.batch.CrashPoint;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

/**
 * A shared installation: Voortgang on a PostgreSQL server (the Maven profile {@code postgresql} gives its URL, user and
 * password in the environment). The same sample inbox gives the same database state and the same report text on the
 * server as on the embedded database; and two machines (two processes, each with its own data directory, sharing the
 * inbox, the folder of kept copies and the database) share it safely: one makes a report while the other's nightly run
 * writes, and a nightly run killed on one machine and started again on the other ends as an uninterrupted run does.
 */
@Tag("database")
@EnabledIfEnvironmentVariable(named = "SPRING_DATASOURCE_URL", matches = "jdbc:postgresql:.*")
class SharedDatabaseTests {

    private static final int LARGE = 300_000;

    @TempDir
    Path work;

    private static Connection server() throws Exception {
        return DriverManager.getConnection(System.getenv("SPRING_DATASOURCE_URL"), System.getenv("SPRING_DATASOURCE_USERNAME"),
                System.getenv("SPRING_DATASOURCE_PASSWORD"));
    }

    /** An empty database: the next start migrates it from the beginning. */
    private static void anEmptyServer() throws Exception {
        try (Connection db = server(); Statement statement = db.createStatement()) {
            statement.execute("DROP SCHEMA public CASCADE");
            statement.execute("CREATE SCHEMA public");
        }
    }

    private static NightlyState.Database onTheServer() throws Exception {
        try (Connection db = server()) {
            return NightlyState.Database.of(db);
        }
    }

    private static String[] nightly(NightlyRun run, Path data) {
        return new String[] {"--data-dir", data.toString(), "nightly", "--inbox", run.inbox.toString(), "--out", run.out.toString()};
    }

    private static String filesOf(NightlyRun run) {
        return "-Dvoortgang.files-dir=" + run.root.resolve("files");
    }

    @Test
    void the_sample_inbox_gives_the_same_database_and_the_same_reports_on_postgresql_as_on_the_embedded_database() throws Exception {
        anEmptyServer();
        NightlyRun onServer = new NightlyRun(work.resolve("postgresql"));
        NightlyRun embedded = new NightlyRun(work.resolve("hsqldb"));

        assertThat(NightlyRun.finish(NightlyRun.start(List.of(), onServer.arguments()))).isEqualTo(2);
        assertThat(NightlyRun.finish(NightlyRun.startEmbedded(List.of(), embedded.arguments()))).isEqualTo(2);

        assertThat(onServer.data.resolve("db")).as("the server run keeps no database of its own").doesNotExist();
        NightlyState server = NightlyState.of(onServer.root, onServer.inbox, onTheServer(), onServer.out);
        NightlyState local = NightlyState.of(embedded.root, embedded.inbox, embedded.data, embedded.out);
        assertThat(server.pdfs()).hasSize(5).isEqualTo(local.pdfs());
        assertThat(server.differences(local)).isEmpty();
    }

    @Test
    void two_machines_share_one_database_a_report_beside_a_nightly_run_and_a_kill_on_one_finished_on_the_other() throws Exception {
        anEmptyServer();
        NightlyRun alone = new NightlyRun(work.resolve("alleen"));
        alone.addLargeLedger(LARGE);
        assertThat(NightlyRun.finish(NightlyRun.start(List.of(filesOf(alone)), nightly(alone, alone.data)))).isEqualTo(2);
        NightlyState uninterrupted = NightlyState.of(alone.root, alone.inbox, onTheServer(), alone.out);

        anEmptyServer();
        NightlyRun shared = new NightlyRun(work.resolve("gedeeld"));
        shared.addLargeLedger(LARGE);
        Path machineA = shared.data;
        Path machineB = shared.root.resolve("data-b");
        Process killed = NightlyRun.start(List.of(filesOf(shared), "-D" + CrashPoint.PROPERTY + "=stored:20"), nightly(shared, machineA));
        assertThat(NightlyRun.finish(killed)).as("machine A died half-way through the large ledger").isEqualTo(CrashPoint.HALTED);

        Process restarted = NightlyRun.start(List.of(filesOf(shared)), nightly(shared, machineB));
        List<String> printed = NightlyRun.readUntil(restarted, line -> line.contains("was niet afgemaakt"));
        NightlyRun.Result report = NightlyRun.voortgang("--data-dir", machineA.toString(), "report", "--alliance", "WEDT", "--year", "2019",
                "--out", work.resolve("WEDT-2019.pdf").toString());
        boolean stillWriting = restarted.isAlive();

        assertThat(report.exitCode()).as(report.out() + report.err()).isZero();
        assertThat(stillWriting).as("the report was made while machine B's nightly run was still writing").isTrue();
        assertThat(NightlyRun.finish(restarted)).isEqualTo(2);
        assertThat(printed).contains("Nachtelijke run 1 was niet afgemaakt; die gaat verder waar hij stopte.");
        assertThat(NightlyState.pdfText(work.resolve("WEDT-2019.pdf"))).contains("Werk.en.de.Toekomst");
        NightlyState twoMachines = NightlyState.of(shared.root, shared.inbox, onTheServer(), shared.out);
        assertThat(twoMachines.differences(uninterrupted)).isEmpty();
    }
}
