package nl.voortgang.batch.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.voortgang.batch.Console;
import nl.voortgang.batch.ingest.FileOutcome;
import nl.voortgang.batch.ingest.IngestService;
import nl.voortgang.batch.storage.RunLock;
import nl.voortgang.core.organisation.OrganisationCode;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Leest bestanden in: elk bestand wordt als geheel gecontroleerd en dan als geheel opgeslagen of geweigerd.",
                "Een geweigerd bestand krijgt al zijn problemen in <naam>.problems.csv naast de bewaarde kopie.",
                "Hetzelfde bestand nog eens inlezen slaat niets dubbel op; een afgebroken inlezing gaat verder waar zij stopte."},
        footer = {"", "Voorbeelden:", "  voortgang ingest --partner NVR 2019-03-15_realisatie-SWH-2018.csv",
                "  voortgang ingest --reference secretariaat/*.csv"})
public class IngestCommand implements SpringCommand {

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    static class Source {
        @Option(names = "--partner", paramLabel = "CODE", required = true,
                description = "Bestanden van deze partner (de partner is wie het bestand stuurt, niet wat erin staat).")
        String partner;

        @Option(names = "--reference", required = true,
                description = "Referentiegegevens en nieuwsbriefinhoud van het secretariaat.")
        boolean reference;
    }

    @Parameters(arity = "1..*", paramLabel = "BESTAND", description = "De in te lezen CSV-bestanden.")
    List<Path> files = new ArrayList<>();

    @Override
    public int run(ApplicationContext context, Console console) {
        if (source.partner != null && !OrganisationCode.isValid(source.partner.toUpperCase(java.util.Locale.ROOT))) {
            console.refuse("'" + source.partner + "' is geen partnercode: een code bestaat uit hoofdletters, cijfers en koppeltekens, zoals NVR.");
            return ExitCodes.INPUT_REJECTED;
        }
        RunLock lock = context.getBean(RunLock.class);
        var holder = lock.acquire("ingest");
        if (holder.isPresent()) {
            console.refuse("Er is al een andere voortgang-run bezig (" + holder.get() + "); er is niets gedaan. Probeer het later opnieuw.");
            return ExitCodes.BUSY;
        }
        try {
            IngestService ingest = context.getBean(IngestService.class);
            String by = System.getProperty("user.name", "onbekend");
            List<FileOutcome> outcomes = new ArrayList<>();
            if (source.reference) {
                outcomes.addAll(ingest.ingestReferenceFiles(files, by));
            } else {
                OrganisationCode partner = OrganisationCode.of(source.partner.toUpperCase(java.util.Locale.ROOT));
                outcomes.addAll(ingest.ingestPartnerFiles(partner, files, by));
            }
            return exitCode(outcomes);
        } finally {
            lock.release();
        }
    }

    static int exitCode(List<FileOutcome> outcomes) {
        if (outcomes.stream().anyMatch(o -> o.fate() == FileOutcome.Fate.FAILED)) {
            return ExitCodes.FAILED;
        }
        return outcomes.stream().anyMatch(o -> o.fate().inputRejected()) ? ExitCodes.INPUT_REJECTED : ExitCodes.OK;
    }
}
