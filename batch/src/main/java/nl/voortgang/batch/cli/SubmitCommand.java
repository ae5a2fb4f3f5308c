package nl.voortgang.batch.cli;

import java.nio.file.Path;
import java.util.Locale;
import nl.voortgang.batch.Console;
import nl.voortgang.batch.report.ReportPublisher;
import nl.voortgang.core.accountability.ReportSubmission;
import nl.voortgang.core.accountability.SubmittedReport;
import nl.voortgang.core.alliance.AllianceCode;
import nl.voortgang.core.money.DutchFormat;
import nl.voortgang.core.progress.ReportUnavailable;
import nl.voortgang.reports.ProgressReportRenderer;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "submit", mixinStandardHelpOptions = true,
        description = {"Dient de voortgangsrapportage van een alliantie over een jaar in bij het ministerie: alleen als elk bestand dat het "
                + "jaar verschuldigd is er is en is goedgekeurd (voortgang review), anders zegt het wat ontbreekt. De versies die de "
                + "rapportage gebruikt worden vastgelegd, met wie indiende en wanneer, en de ingediende PDF wordt geschreven. Later maakt "
                + "'voortgang report --submitted' dezelfde rapportage opnieuw, wat er ook bij is gekomen."},
        footer = {"", "Voorbeeld:", "  voortgang submit --alliance SWH --year 2019 --out SWH-2019-ingediend.pdf --as \"J. de Vries\""})
public class SubmitCommand implements SpringCommand {

    @Option(names = "--alliance", required = true, paramLabel = "CODE", description = "De alliantie, zoals SWH.")
    String alliance;

    @Option(names = "--year", required = true, paramLabel = "JJJJ", description = "Het jaar van de rapportage.")
    int year;

    @Option(names = "--out", required = true, paramLabel = "BESTAND.pdf", description = "Waar de ingediende PDF komt.")
    Path out;

    @Option(names = "--as", paramLabel = "NAAM", description = "Wie indient (standaard de gebruiker van het besturingssysteem).")
    String as;

    @Override
    public Runnable preparation() {
        return () -> new ProgressReportRenderer().warmUp();
    }

    @Override
    public boolean needsData() {
        return true;
    }

    @Override
    public int run(ApplicationContext context, Console console) throws Exception {
        var given = Acts.allianceCode(alliance, console);
        if (given.isEmpty()) {
            return ExitCodes.INPUT_REJECTED;
        }
        String code = given.get().value();
        ReportSubmission submission = context.getBean(ReportSubmission.class);
        SubmittedReport done;
        try {
            // the submission and the versions it freezes are saved in one transaction
            done = Acts.inOneTransaction(context, () -> submission.submit(AllianceCode.of(code), year, Acts.who(as)));
        } catch (ReportSubmission.SubmissionRefused refused) {
            if (refused.problems().size() > 1) {
                console.refuse("De voortgangsrapportage " + year + " van " + code + " kan nog niet worden ingediend (" + refused.problems().size()
                        + " bestanden); er is niets vastgelegd:");
                refused.problems().forEach(problem -> console.refuse("  " + problem));
            } else {
                console.refuse(refused.getMessage());
            }
            return ExitCodes.INPUT_REJECTED;
        } catch (ReportUnavailable e) {
            console.refuse(e.getMessage());
            return ExitCodes.INPUT_REJECTED;
        }
        try {
            var report = submission.asSubmitted(AllianceCode.of(code), year).orElseThrow();
            context.getBean(ReportPublisher.class).write(report, Locale.forLanguageTag("nl-NL"), false, out);
        } catch (ReportUnavailable | ReportPublisher.UnwritableTarget e) {
            console.refuse("Ingediend, maar de PDF kon niet worden geschreven: " + e.getMessage()
                    + " Maak haar opnieuw met 'voortgang report --alliance " + code + " --year " + year + " --submitted --out BESTAND.pdf'.");
            return ExitCodes.INPUT_REJECTED;
        }
        console.say("Voortgangsrapportage " + year + " van " + code + " ingediend door " + done.by() + " op "
                + DutchFormat.dutch().date(done.at().atZone(context.getBean(java.time.Clock.class).getZone()).toLocalDate()) + ", met "
                + done.versions().size() + " bestanden; de ingediende PDF staat in " + out.toAbsolutePath().normalize() + ".");
        return ExitCodes.OK;
    }

}
