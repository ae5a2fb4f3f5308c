package nl.voortgang.batch.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import nl.voortgang.batch.Console;
import nl.voortgang.batch.workbook.Workbooks;
import nl.voortgang.core.csv.CsvSource;
import nl.voortgang.core.csv.FormatDetection;
import nl.voortgang.core.csv.Problem;
import nl.voortgang.core.csv.Table;
import nl.voortgang.core.csv.TableSource;
import nl.voortgang.core.csv.Tables;
import nl.voortgang.core.memory.InMemoryStore;
import nl.voortgang.core.organisation.OrganisationCode;
import nl.voortgang.core.reference.ReferenceUpdate;
import nl.voortgang.core.submission.IncomingFile;
import nl.voortgang.core.submission.PartnerFormats;
import nl.voortgang.core.submission.SubmissionIntake;
import nl.voortgang.core.submission.SubmissionKind;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Controleert bestanden zoals 'ingest' dat doet, maar slaat niets op: een partner kan zijn bestand controleren "
                + "voordat hij het stuurt.",
                "Zonder --partner wordt een partnerbestand gecontroleerd als bestand van de partner die erin staat, en een "
                        + "referentiebestand tegen de opgeslagen referentiegegevens."},
        footer = {"", "Voorbeelden:", "  voortgang validate --partner NVR realisatie-SWH-2018.csv",
                "  voortgang validate --partner NVR --reference-dir secretariaat realisatie-SWH-2018.csv   (zonder database)"})
public class ValidateCommand implements SpringCommand {

    private static final int SHOWN = 200;
    /** What validate reads: CSV files and Excel workbooks, as the intake of the application does. */
    private static final Tables TABLES = Tables.csv().with(new Workbooks());

    @Option(names = "--partner", paramLabel = "CODE", description = "De partner die het bestand stuurt.")
    String partner;

    @Option(names = "--reference-dir", paramLabel = "MAP",
            description = "Controleer tegen de referentiebestanden in deze map in plaats van tegen de database.")
    Path referenceDir;

    @Parameters(arity = "1..*", paramLabel = "BESTAND", description = "De te controleren CSV-bestanden.")
    List<Path> files = new ArrayList<>();

    /** With a folder of reference files the check needs no database. */
    public boolean needsDatabase() {
        return referenceDir == null;
    }

    @Override
    public int run(ApplicationContext context, Console console) throws IOException {
        SubmissionIntake intake;
        ReferenceUpdate referenceUpdate;
        if (referenceDir != null) {
            InMemoryStore store = new InMemoryStore(Clock.systemDefaultZone());
            ReferenceUpdate.Result loaded = store.referenceUpdate().apply(referenceFiles(referenceDir));
            if (loaded.hasErrors()) {
                console.refuse("De referentiebestanden in " + referenceDir + " hebben zelf fouten:");
                loaded.problems().stream().filter(Problem::isError).forEach(p -> console.refuse("    " + p.describe()));
                return ExitCodes.INPUT_REJECTED;
            }
            intake = store.intake().readingWith(TABLES);
            referenceUpdate = store.referenceUpdate();
        } else {
            intake = context.getBean(SubmissionIntake.class);
            referenceUpdate = context.getBean(ReferenceUpdate.class);
        }
        boolean anyErrors = false;
        for (Path file : files) {
            anyErrors |= validate(file, intake, referenceUpdate, console);
        }
        return anyErrors ? ExitCodes.INPUT_REJECTED : ExitCodes.OK;
    }

    private boolean validate(Path file, SubmissionIntake intake, ReferenceUpdate referenceUpdate, Console console) throws IOException {
        TableSource.Detected detected = TABLES.detect(file.getFileName().toString(), new IncomingFile.OnDisk(file));
        List<Problem> problems;
        String what;
        if (detected.source() == null) {
            problems = List.of(detected.problem());
            what = file.getFileName().toString();
        } else if (partner != null || !(detected.source() instanceof CsvSource) || isPartnerFile(detected.source())) {
            OrganisationCode sender = partner != null ? OrganisationCode.of(partner.toUpperCase(Locale.ROOT)) : claimedPartner(detected.source());
            SubmissionIntake.Outcome outcome = intake.validate(IncomingFile.of(sender, file, Instant.now(), "validate"));
            problems = outcome.problems();
            what = sender + " " + file.getFileName() + (outcome.kind() == null ? "" : " (" + outcome.kind().dutch() + ")");
        } else {
            problems = referenceUpdate.check(List.of((CsvSource) detected.source())).problems();
            what = "secretariaat " + file.getFileName();
        }
        long errors = Problem.errorCount(problems);
        long warnings = problems.stream().filter(p -> !p.isError()).count();
        console.say(what + ": " + (errors == 0 ? "in orde" : errors + (errors == 1 ? " fout" : " fouten"))
                + (warnings == 0 ? "" : ", " + warnings + (warnings == 1 ? " waarschuwing" : " waarschuwingen")) + "; niets opgeslagen.");
        problems.stream().limit(SHOWN).forEach(p -> console.say("    " + p.describe()));
        if (problems.size() > SHOWN) {
            console.say("    … en nog " + (problems.size() - SHOWN));
        }
        return errors > 0;
    }

    private static boolean isPartnerFile(TableSource source) throws IOException {
        try (Table table = source.open()) {
            return FormatDetection.detect(source.name(), table.header(), SubmissionKind.formats()).found().isPresent();
        }
    }

    /** Without --partner, the partner the file's first row names (it is only a dry run). */
    private static OrganisationCode claimedPartner(TableSource source) throws IOException {
        try (Table table = source.open()) {
            for (int i = 0; i < table.header().size(); i++) {
                if (PartnerFormats.PARTNER.matches(table.header().get(i))) {
                    int column = i;
                    String claimed = table.next().map(r -> r.value(column).strip().toUpperCase(Locale.ROOT)).orElse("");
                    if (OrganisationCode.isValid(claimed)) {
                        return OrganisationCode.of(claimed);
                    }
                }
            }
            return OrganisationCode.of("ONBEKEND");
        }
    }

    private static List<CsvSource> referenceFiles(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")).sorted()
                    .map(p -> CsvSource.detect(p).source()).filter(java.util.Objects::nonNull).toList();
        }
    }
}
