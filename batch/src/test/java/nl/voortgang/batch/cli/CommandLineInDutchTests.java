package nl.voortgang.batch.cli;

import static nl.voortgang.batch.cli.CommandRun.voortgangOn;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's own texts (picocli's headings, standard options, parse errors) in Dutch; nothing starts, nothing is created. */
class CommandLineInDutchTests {

    @TempDir
    Path work;

    private Path dataDir() {
        return work.resolve("data");
    }

    private CommandRun voortgang(String... args) {
        return voortgangOn(dataDir(), args);
    }

    @Test
    void the_help_has_dutch_headings_and_dutch_standard_options_on_standard_output() {
        CommandRun run = voortgang("--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).startsWith("Gebruik: voortgang [-hV] [--data-dir=MAP] [OPDRACHT]\n")
                .contains("\nOpties:\n", "\nOpdrachten:\n", "  -h, --help           Toont deze hulp en stopt.\n",
                        "  -V, --version        Toont de versie en stopt.\n", "  backup ", "  help        Toont de hulp bij voortgang",
                        "4 de database is beschadigd")
                .doesNotContain("Usage:", "Commands:", "Options:", "Show this help message", "Print version information", "warm-up");
        assertThat(voortgang("ingest", "--help").out()).contains("\nArgumenten:\n      BESTAND...", "Toont deze hulp en stopt.");
        assertThat(dataDir()).doesNotExist();
    }

    @Test
    void help_shows_the_help_of_voortgang_and_help_report_the_help_of_report() {
        CommandRun help = voortgang("help");
        CommandRun helpReport = voortgang("help", "report");

        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).isEqualTo(voortgang("--help").out());
        assertThat(helpReport.exitCode()).isZero();
        assertThat(helpReport.out()).startsWith("Gebruik: voortgang report ").isEqualTo(voortgang("report", "--help").out());
        assertThat(help.err() + helpReport.err()).isEmpty();
    }

    @Test
    void help_about_an_unknown_command_is_refused_on_standard_error_naming_the_commands() {
        CommandRun run = voortgang("help", "rapport");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("Onbekende opdracht: 'rapport'. Opdrachten: ingest, validate, status, report, newsletter, nightly, review, submit, assess, backup, help.\n");
    }

    @Test
    void a_misspelt_command_is_refused_with_bedoelde_u_and_the_usage_on_standard_error() {
        CommandRun run = voortgang("stauts");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("Onbekende opdracht: 'stauts'.\nBedoelde u status?\n\nGebruik: voortgang [-hV] [--data-dir=MAP] [OPDRACHT]\n");
        assertThat(dataDir()).doesNotExist();
    }

    @Test
    void a_misspelt_option_is_refused_with_bedoelde_u_and_the_usage_of_its_command() {
        CommandRun run = voortgang("status", "--alliantie", "SWH");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("Onbekende optie: '--alliantie'.\nBedoelde u --alliance?\n\nGebruik: voortgang status ");
    }

    @Test
    void a_missing_required_option_an_invalid_value_and_a_stray_argument_are_each_one_dutch_sentence() {
        assertThat(voortgang("report", "--alliance", "SWH").err()).startsWith("De opties '--year' en '--out' zijn verplicht.\n\nGebruik: voortgang report ");
        assertThat(voortgang("newsletter", "--out", "x.pdf").err()).startsWith("De optie '--edition' is verplicht.\n\n");
        assertThat(voortgang("report", "--alliance", "SWH", "--year", "vorig jaar", "--out", "x.pdf").err())
                .startsWith("Ongeldige waarde voor '--year': 'vorig jaar' is geen geheel getal.\n\n");
        assertThat(voortgang("status", "extra").err()).startsWith("Onverwacht argument: 'extra'.\n\n");
        assertThat(voortgang("ingest", "--partner").err()).startsWith("De optie '--partner' heeft een waarde nodig (CODE).\n\n");
        assertThat(voortgang("ingest", "--partner", "NVR").err()).startsWith("Er ontbreekt een argument: 'BESTAND'.\n\n");
        assertThat(voortgang("ingest", "--partner", "NVR", "--reference", "x.csv").err())
                .startsWith("Geef '--partner' en '--reference' niet samen, maar één van beide.\n\n");
        assertThat(voortgang("status", "--runs", "1", "--runs", "2").err()).startsWith("De optie '--runs' mag maar één keer worden gegeven.\n\n");
        assertThat(voortgang("report", "--alliance", "SWH", "--year", "abc", "--out", "x.pdf").exitCode()).isEqualTo(2);
        assertThat(dataDir()).doesNotExist();
    }

    @Test
    void no_command_is_refused_on_standard_error_with_the_usage() {
        CommandRun run = voortgang();

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("Geef een opdracht.\n\nGebruik: voortgang ");
    }

    @Test
    void the_data_directory_may_be_given_before_or_after_the_command() {
        Path before = ((CommandLineReader.ToRun) CommandLineReader.read(System.out, System.err, "--data-dir", "/srv/a", "status")).dataDir();
        Path after = ((CommandLineReader.ToRun) CommandLineReader.read(System.out, System.err, "status", "--data-dir", "/srv/b", "--runs", "3"))
                .dataDir();
        Path neither = ((CommandLineReader.ToRun) CommandLineReader.read(System.out, System.err, "status")).dataDir();

        assertThat(before).isEqualTo(Path.of("/srv/a"));
        assertThat(after).isEqualTo(Path.of("/srv/b"));
        assertThat(neither).isEqualTo(Path.of(System.getenv().getOrDefault("VOORTGANG_DATA_DIR", "voortgang-data")).toAbsolutePath().normalize());
        assertThat(voortgang("status", "--help").out()).contains("--data-dir=MAP");
    }
}
