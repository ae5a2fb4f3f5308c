package nl.voortgang.samples;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.voortgang.core.alliance.Alliance;
import nl.voortgang.core.csv.CsvSource;
import nl.voortgang.core.csv.Problem;
import nl.voortgang.core.memory.InMemoryStore;
import nl.voortgang.core.money.DutchFormat;
import nl.voortgang.core.organisation.OrganisationCode;
import nl.voortgang.core.progress.ProgressReport;
import nl.voortgang.core.progress.ProgressReport.FinanceTotal;
import nl.voortgang.core.progress.ReportScope;
import nl.voortgang.core.progress.ReportUnavailable;
import nl.voortgang.core.submission.SubmissionIntake;

/**
 * The embedding example: a plain {@code main} that uses nothing but {@code core}'s public API (no database, no
 * Spring, no other class of this module) to take in an inbox of CSV files and print each alliance's definitive
 * budget against realised spending per partner, for the partnership to date. A test compiles and runs it on
 * {@code core}'s jar and its three dependencies alone ({@code PlainClassPathEmbeddingTests}).
 *
 * <pre>java -cp voortgang-core.jar:commons-csv.jar:commons-io.jar:commons-codec.jar:. nl.voortgang.samples.BudgetVersusSpending samples/inbox</pre>
 */
public final class BudgetVersusSpending {

    private BudgetVersusSpending() {
    }

    public static void main(String[] args) throws IOException, ReportUnavailable {
        Path inbox = Path.of(args.length > 0 ? args[0] : "samples/inbox");
        if (!Files.isDirectory(inbox)) {
            System.err.println("Geen inbox gevonden op " + inbox.toAbsolutePath() + ". Geef de map van de inbox op als argument.");
            System.exit(1);
        }
        print(inbox, System.out);
    }

    /** Takes in the inbox and prints the tables; returns the consolidated reports it printed. */
    public static List<ProgressReport> print(Path inbox, PrintStream out) throws IOException, ReportUnavailable {
        InMemoryStore store = new InMemoryStore(Clock.system(ZoneId.of("Europe/Amsterdam")));

        // the secretariat's reference data: all files at once, checked against each other, stored only if all are right
        List<CsvSource> reference = new ArrayList<>();
        for (Path file : csvFiles(inbox.resolve("secretariaat"))) {
            reference.add(CsvSource.detect(file).readable().orElseThrow(() -> new IOException(file + " cannot be read")));
        }
        List<Problem> problems = new ArrayList<>(store.referenceUpdate().apply(reference).problems());

        // each partner's files, in name order; the folder a file is in says who sent it, never what the file claims
        SubmissionIntake intake = store.intake();
        int partnerFiles = 0;
        for (Path folder : partnerFolders(inbox)) {
            OrganisationCode partner = OrganisationCode.of(folder.getFileName().toString());
            for (Path file : csvFiles(folder)) {
                problems.addAll(intake.submit(intake.incoming(partner, file, "voorbeeld")).problems());
                partnerFiles++;
            }
        }
        long errors = problems.stream().filter(Problem::isError).count();
        out.printf("Ingelezen: %d referentiebestanden, %d partnerbestanden (%d fouten).%n", reference.size(), partnerFiles, errors);
        problems.stream().filter(Problem::isError).forEach(p -> out.println("  [" + p.code() + "] " + p.describe()));

        DutchFormat nl = DutchFormat.dutch();
        List<ProgressReport> reports = new ArrayList<>();
        for (Alliance alliance : store.alliances().all()) {
            int lastYear = store.submissions().currentFor(alliance.code()).stream().mapToInt(s -> s.key().year()).max().orElse(-1);
            if (lastYear < 0) {
                continue;
            }
            ProgressReport report = store.progressReports().build(ReportScope.toDate(alliance.code(), lastYear));
            reports.add(report);
            out.printf("%n%s (%s), %d–%d%n", alliance.name(), alliance.code(), alliance.partnership().firstYear(), lastYear);
            out.printf("%-36s %16s %16s %16s %8s%n", "Partner", "Begroot", "Gerealiseerd", "Verschil", "%");
            for (FinanceTotal total : report.finances().perPartner()) {
                out.println(row(nl, total.partner().name(), total));
            }
            out.println(row(nl, "Totaal", report.finances().total()));
            out.printf("Afwijkingen buiten de tolerantie van %s%%: %d%n", report.finances().tolerance().percent().toPlainString(),
                    report.finances().beyondTolerance().size());
        }
        return reports;
    }

    private static String row(DutchFormat nl, String label, FinanceTotal total) {
        return String.format("%-36s %16s %16s %16s %8s", label, nl.money(total.budget()), nl.money(total.realised()),
                nl.money(total.difference()), total.percentage() == null ? "–" : nl.percentage(total.percentage()));
    }

    private static List<Path> partnerFolders(Path inbox) throws IOException {
        try (Stream<Path> entries = Files.list(inbox)) {
            return entries.filter(Files::isDirectory).filter(p -> !p.getFileName().toString().equals("secretariaat"))
                    .filter(p -> OrganisationCode.isValid(p.getFileName().toString())).sorted().toList();
        }
    }

    private static List<Path> csvFiles(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().toLowerCase().endsWith(".csv")).sorted().toList();
        }
    }
}
