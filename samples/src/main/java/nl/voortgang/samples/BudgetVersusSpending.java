package nl.voortgang.samples;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import nl.voortgang.core.alliance.Alliance;
import nl.voortgang.core.csv.Problem;
import nl.voortgang.core.memory.InMemoryStore;
import nl.voortgang.core.money.DutchFormat;
import nl.voortgang.core.progress.ProgressReport;
import nl.voortgang.core.progress.ProgressReport.FinanceTotal;
import nl.voortgang.core.progress.ReportScope;
import nl.voortgang.core.progress.ReportUnavailable;

/**
 * The embedding example: a plain {@code main} that uses only {@code core}, with no database and no Spring, to
 * load an inbox of CSV files and print each alliance's definitive budget against realised spending per
 * partner, for the partnership to date.
 *
 * <pre>mvn -q -pl samples -am install -DskipTests &amp;&amp; mvn -q -pl samples exec:java</pre>
 */
public final class BudgetVersusSpending {

    private BudgetVersusSpending() {
    }

    public static void main(String[] args) throws ReportUnavailable {
        Path inbox = Path.of(args.length > 0 ? args[0] : "samples/inbox");
        if (!Files.isDirectory(inbox)) {
            System.err.println("Geen inbox gevonden op " + inbox.toAbsolutePath() + ". Geef de map van de inbox op als argument.");
            System.exit(1);
        }
        print(inbox, System.out);
    }

    /** Loads the inbox and prints the tables; returns the consolidated reports it printed. */
    public static List<ProgressReport> print(Path inbox, PrintStream out) throws ReportUnavailable {
        InMemoryStore store = new InMemoryStore(Clock.system(ZoneId.of("Europe/Amsterdam")));
        SampleInbox.Loaded loaded = SampleInbox.load(inbox, store);
        long errors = loaded.problems().stream().filter(Problem::isError).count();
        out.printf("Ingelezen: %d referentiebestanden, %d partnerbestanden (%d fouten).%n",
                loaded.reference().files().size(), loaded.partnerFiles().size(), errors);
        loaded.problems().stream().filter(Problem::isError).forEach(p -> out.println("  " + p.describe()));

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

}
