package nl.voortgang.batch.cli;

import static nl.voortgang.batch.cli.CommandRun.voortgangOn;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.voortgang.batch.DatabaseSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A shared installation keeps its database settings in {@code voortgang.properties} in the data directory. When that
 * server cannot be used, Voortgang says which database it tried (never the password) and what to check, with an exit
 * code of its own: running again would not help.
 */
class DatabaseServerSettingsTests {

    @TempDir
    Path dataDir;

    @Test
    void a_server_that_does_not_answer_is_named_without_its_password_and_exits_5() throws Exception {
        Files.writeString(dataDir.resolve("voortgang.properties"), "spring.datasource.url=jdbc:postgresql://127.0.0.1:1/voortgang?password=in-de-url\n"
                + "spring.datasource.username=voortgang\nspring.datasource.password=heel-geheim\n");

        CommandRun status = voortgangOn(dataDir, "status");

        assertThat(status.exitCode()).isEqualTo(ExitCodes.SETUP);
        assertThat(status.err()).startsWith("Voortgang kan de database jdbc:postgresql://127.0.0.1:1/voortgang?password=… (gebruiker voortgang) niet "
                        + "gebruiken: ")
                .contains("Controleer dat de databaseserver draait en bereikbaar is", "voortgang.properties in " + dataDir, "Er is niets gedaan.")
                .doesNotContain("heel-geheim", "in-de-url");
        assertThat(status.out()).isEmpty();
    }

    @Test
    void the_settings_come_from_the_data_directorys_file_when_nothing_else_names_a_database() throws Exception {
        assertThat(DatabaseSettings.of(dataDir).isEmbedded()).isTrue();

        Files.writeString(dataDir.resolve("voortgang.properties"), "spring.datasource.url=jdbc:postgresql://db.example.org/voortgang\n"
                + "spring.datasource.username=voortgang_app\n");

        DatabaseSettings settings = DatabaseSettings.of(dataDir);
        assertThat(settings.isEmbedded()).isFalse();
        assertThat(settings.shown()).isEqualTo("jdbc:postgresql://db.example.org/voortgang (gebruiker voortgang_app)");
    }
}
