package nl.voortgang.batch.cli;

import java.nio.file.Path;
import java.time.Duration;
import nl.voortgang.batch.Console;
import nl.voortgang.batch.nightly.NightlyParameters;
import nl.voortgang.batch.nightly.NightlyService;
import nl.voortgang.batch.storage.RunLock;
import org.springframework.batch.core.BatchStatus;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "nightly", mixinStandardHelpOptions = true,
        description = {"De nachtelijke run: leest elk nieuw bestand in de inbox in (eerst die van het secretariaat), verplaatst het naar "
                + "het archief of, geweigerd, naar de map met geweigerde bestanden naast zijn problemenbestand, en schrijft de "
                + "voortgangsrapportage van elke alliantie waarvan de gegevens veranderden en de nieuwste nieuwsbrief.",
                "Veilig om te herhalen, te onderbreken en dubbel te starten: een tweede run direct na de eerste doet niets, een "
                        + "onderbroken run gaat verder waar hij stopte, en een tweede run tegelijk weigert."},
        footer = {"", "Inbox: een map 'secretariaat' met referentiegegevens en nieuwsbriefinhoud, en een map per partnercode (zoals NVR).",
                "", "Voorbeeld:", "  voortgang --data-dir /srv/voortgang nightly --inbox /srv/inbox --out /srv/rapporten"})
public class NightlyCommand implements SpringCommand {

    @Option(names = "--inbox", required = true, paramLabel = "MAP", description = "De inbox.")
    Path inbox;

    @Option(names = "--out", required = true, paramLabel = "MAP", description = "Waar de PDF's en de samenvatting (nachtelijke-run.json) komen.")
    Path out;

    @Option(names = "--archive", paramLabel = "MAP", description = "Waar geaccepteerde bestanden heen gaan (standaard: de map 'archief' naast de inbox).")
    Path archive;

    @Option(names = "--rejected", paramLabel = "MAP",
            description = "Waar geweigerde bestanden heen gaan, naast hun problemenbestand (standaard: de map 'geweigerd' naast de inbox).")
    Path rejected;

    @Option(names = "--settle-seconds", paramLabel = "N", defaultValue = "10",
            description = "Een bestand dat korter dan N seconden geleden veranderde, wordt misschien nog geschreven en blijft staan voor de "
                    + "volgende run (standaard ${DEFAULT-VALUE}).")
    long settleSeconds;

    @Override
    public int run(ApplicationContext context, Console console) throws Exception {
        Path inboxFolder = inbox.toAbsolutePath().normalize();
        Path parent = inboxFolder.getParent() == null ? inboxFolder : inboxFolder.getParent();
        NightlyParameters parameters = new NightlyParameters(0, inboxFolder, out.toAbsolutePath().normalize(),
                (archive == null ? parent.resolve("archief") : archive).toAbsolutePath().normalize(),
                (rejected == null ? parent.resolve("geweigerd") : rejected).toAbsolutePath().normalize(), Duration.ofSeconds(settleSeconds));
        if (!java.nio.file.Files.isDirectory(inboxFolder)) {
            console.refuse("De inbox " + inboxFolder + " bestaat niet of is geen map.");
            return ExitCodes.INPUT_REJECTED;
        }
        RunLock lock = context.getBean(RunLock.class);
        var holder = lock.acquire("nightly");
        if (holder.isPresent()) {
            console.refuse("Er is al een andere voortgang-run bezig (" + holder.get() + "); deze run doet niets. Probeer het later opnieuw.");
            return ExitCodes.BUSY;
        }
        try {
            NightlyService.Result result = context.getBean(NightlyService.class).run(parameters);
            if (result.status() != BatchStatus.COMPLETED || result.summary().anyFailed()) {
                console.refuse("De nachtelijke run is niet afgemaakt" + (result.failure() == null ? "" : ": " + nl.voortgang.batch.SystemAdvice.explain(result.failure()))
                        + ". Start hem opnieuw; hij gaat verder waar hij stopte.");
                return ExitCodes.FAILED;
            }
            return result.summary().anyRefused() ? ExitCodes.INPUT_REJECTED : ExitCodes.OK;
        } finally {
            lock.release();
        }
    }
}
