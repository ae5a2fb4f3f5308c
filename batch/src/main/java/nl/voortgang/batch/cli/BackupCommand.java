package nl.voortgang.batch.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.stream.Stream;
import nl.voortgang.batch.Console;
import nl.voortgang.batch.OwnerOnlyFolders;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "backup", mixinStandardHelpOptions = true,
        description = {"Maakt een reservekopie van de ingebouwde database, terwijl Voortgang gewoon bruikbaar blijft: een nieuwe map "
                + "voortgang-JJJJ-MM-DD-UUMMSS in MAP, zodat een volgende reservekopie de vorige nooit overschrijft.",
                "Voor een databaseserver (SPRING_DATASOURCE_URL) gebruikt u de back-upvoorziening van die server."},
        footer = {"", "Terugzetten: zie 'Een reservekopie maken en terugzetten' in de README.", "", "Voorbeeld:",
                "  voortgang --data-dir /srv/voortgang backup --to /srv/reservekopieen"})
public class BackupCommand implements SpringCommand {

    private static final DateTimeFormatter FOLDER = DateTimeFormatter.ofPattern("'voortgang-'yyyy-MM-dd-HHmmss");
    private static final String MARKER = "voortgang.migrated";

    @Option(names = "--to", required = true, paramLabel = "MAP", description = "De map waarin de reservekopie (een nieuwe map) komt.")
    Path to;

    @Override
    public boolean needsData() {
        return true;
    }

    @Override
    public boolean needsEmbeddedDatabase() {
        return true;
    }

    @Override
    public int run(ApplicationContext context, Console console) throws IOException {
        String url = context.getEnvironment().getProperty("spring.datasource.url", "");
        Path db = Path.of(context.getEnvironment().getRequiredProperty("voortgang.data-dir")).toAbsolutePath().normalize().resolve("db");
        if (!url.startsWith("jdbc:hsqldb:file:")) {
            console.refuse("Voortgang gebruikt hier niet de ingebouwde database maar " + url.replaceAll(";.*", "")
                    + "; maak de reservekopie met de eigen back-upvoorziening van die databaseserver (voor PostgreSQL: pg_dump).");
            return ExitCodes.INPUT_REJECTED;
        }
        Path target = newFolder(to.toAbsolutePath().normalize());
        context.getBean(JdbcClient.class).sql("BACKUP DATABASE TO '" + target.toString().replace("'", "''") + "/' BLOCKING AS FILES").update();
        if (Files.exists(db.resolve(MARKER))) {
            Files.copy(db.resolve(MARKER), target.resolve(MARKER), StandardCopyOption.COPY_ATTRIBUTES);
        }
        try (Stream<Path> files = Files.list(target)) {
            console.say("Reservekopie van de database in " + db + " geschreven naar " + target + " (" + files.count() + " bestanden).");
        }
        return ExitCodes.OK;
    }

    /** A new, empty folder for this backup, named after the time; never one that an earlier backup uses. */
    private static Path newFolder(Path parent) throws IOException {
        OwnerOnlyFolders.create(parent);
        String name = LocalDateTime.now().format(FOLDER);
        for (int n = 1; ; n++) {
            Path folder = parent.resolve(n == 1 ? name : name + "-" + n);
            try {
                return OwnerOnlyFolders.createNew(folder);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                // a backup made in the same second: the next number
            }
        }
    }
}
