package nl.voortgang.batch.cli;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

@Command(name = "voortgang", mixinStandardHelpOptions = true, version = "voortgang 0.1.0",
        subcommands = {IngestCommand.class, ValidateCommand.class, StatusCommand.class, ReportCommand.class, NewsletterCommand.class,
                NightlyCommand.class, ReviewCommand.class, SubmitCommand.class, AssessCommand.class, BackupCommand.class, WarmUpCommand.class, HelpCommand.class},
        description = "Voortgangsrapportage voor allianties: partnerbestanden inlezen, controleren en rapporteren.",
        footer = {"", "Exitcodes: 0 alles geaccepteerd of al ingelezen; 1 fout in het programma; 2 invoer geweigerd; 3 een andere run is bezig;",
                "4 de database is beschadigd (zet een reservekopie terug, zie de README); 5 de databaseserver is niet te gebruiken",
                "(controleer adres, gebruiker en wachtwoord).",
                "De gegevensmap bevat de database, een kopie van elk ingelezen bestand en voortgang.log."})
public class VoortgangCommand {

    // --data-dir is inherited: it may stand before or after the command, and every command's help shows it.

    @Option(names = "--data-dir", paramLabel = "MAP", scope = ScopeType.INHERIT, defaultValue = "${env:VOORTGANG_DATA_DIR:-voortgang-data}",
            description = "De gegevensmap (standaard ./voortgang-data, of de omgevingsvariabele VOORTGANG_DATA_DIR).")
    Path dataDir;

    public Path dataDir() {
        return dataDir.toAbsolutePath().normalize();
    }
}
