package nl.voortgang.batch.cli;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "voortgang", mixinStandardHelpOptions = true, version = "voortgang 0.1.0",
        subcommands = {IngestCommand.class, ValidateCommand.class, StatusCommand.class, ReportCommand.class, NewsletterCommand.class,
                NightlyCommand.class, WarmUpCommand.class},
        description = {"Voortgangsrapportage voor allianties: partnerbestanden inlezen, controleren en rapporteren.", ""},
        footer = {"", "Exitcodes: 0 alles geaccepteerd of al ingelezen; 1 fout in het programma; 2 invoer geweigerd; 3 een andere run is bezig.",
                "De gegevensmap bevat de database, een kopie van elk ingelezen bestand en voortgang.log."})
public class VoortgangCommand {

    @Option(names = "--data-dir", paramLabel = "MAP", defaultValue = "${env:VOORTGANG_DATA_DIR:-voortgang-data}",
            description = "De gegevensmap (standaard ./voortgang-data, of de omgevingsvariabele VOORTGANG_DATA_DIR).")
    Path dataDir;

    public Path dataDir() {
        return dataDir.toAbsolutePath().normalize();
    }
}
