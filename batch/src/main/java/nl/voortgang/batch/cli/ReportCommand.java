package nl.voortgang.batch.cli;

import java.nio.file.Path;
import java.util.Locale;
import nl.voortgang.batch.Console;
import nl.voortgang.batch.report.ReportPublisher;
import nl.voortgang.core.accountability.ReportSubmission;
import nl.voortgang.core.alliance.AllianceCode;
import nl.voortgang.core.progress.ReportScope;
import nl.voortgang.core.progress.ReportUnavailable;
import nl.voortgang.reports.ProgressReportRenderer;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Maakt de voortgangsrapportage van een alliantie voor het ministerie, als archiefwaardige PDF (PDF/A-2a).",
                "Voor één jaar, of met --to-date voor het partnerschap tot en met dat jaar.",
                "Met --format xlsx een werkmap met elke tabel van de rapportage en de herkomst van elk cijfer, om na te rekenen."},
        footer = {"", "Voorbeelden:", "  voortgang report --alliance SWH --year 2018 --out SWH-2018.pdf",
                "  voortgang report --alliance SWH --year 2019 --to-date --lang en --out SWH-2018-2019-en.pdf",
                "  voortgang report --alliance SWH --year 2019 --to-date --format xlsx --out SWH-2018-2019.xlsx"})
public class ReportCommand implements SpringCommand {

    @Option(names = "--alliance", required = true, paramLabel = "CODE", description = "De alliantie, zoals SWH.")
    String alliance;

    @Option(names = "--year", required = true, paramLabel = "JJJJ", description = "Het jaar; met --to-date het laatste jaar.")
    int year;

    @Option(names = "--to-date", description = "Het partnerschap tot en met --year, in plaats van alleen dat jaar.")
    boolean toDate;

    @Option(names = "--lang", paramLabel = "nl|en", defaultValue = "nl", description = "Taal: nl (standaard) of en.")
    String language;

    @Option(names = "--submitted", description = "De rapportage zoals zij is ingediend (voortgang submit), uit de versies die toen golden.")
    boolean submitted;

    @Option(names = "--format", paramLabel = "pdf|xlsx", defaultValue = "pdf",
            description = "pdf (standaard): de rapportage; xlsx: de werkmap met haar tabellen en bronnen.")
    String format;

    @Option(names = "--out", required = true, paramLabel = "BESTAND", description = "Waar de PDF of werkmap komt.")
    Path out;

    @Override
    public Runnable preparation() {
        return "xlsx".equals(format) ? null : () -> new ProgressReportRenderer().warmUp();
    }

    @Override
    public boolean onlyReads() {
        return true;
    }

    @Override
    public int run(ApplicationContext context, Console console) {
        if (!language.equals("nl") && !language.equals("en")) {
            console.refuse("Taal '" + language + "' bestaat niet: kies nl of en.");
            return ExitCodes.INPUT_REJECTED;
        }
        if (!format.equals("pdf") && !format.equals("xlsx")) {
            console.refuse("Formaat '" + format + "' bestaat niet: kies pdf of xlsx.");
            return ExitCodes.INPUT_REJECTED;
        }
        var given = Acts.allianceCode(alliance, console);
        if (given.isEmpty()) {
            return ExitCodes.INPUT_REJECTED;
        }
        String code = given.get().value();
        ReportScope scope = toDate ? ReportScope.toDate(AllianceCode.of(code), year) : ReportScope.year(AllianceCode.of(code), year);
        long started = System.nanoTime();
        try {
            Locale locale = language.equals("en") ? Locale.UK : Locale.forLanguageTag("nl-NL");
            ReportPublisher publisher = context.getBean(ReportPublisher.class);
            if (submitted) {
                if (toDate) {
                    console.refuse("Alleen de rapportage van één jaar wordt ingediend: laat --to-date weg bij --submitted.");
                    return ExitCodes.INPUT_REJECTED;
                }
                var asSubmitted = context.getBean(ReportSubmission.class).asSubmitted(AllianceCode.of(code), year);
                if (asSubmitted.isEmpty()) {
                    console.refuse("De voortgangsrapportage " + year + " van " + code + " is nog niet ingediend (voortgang submit).");
                    return ExitCodes.INPUT_REJECTED;
                }
                publisher.write(asSubmitted.get(), locale, format.equals("xlsx"), out);
            } else if (format.equals("xlsx")) {
                publisher.writeWorkbook(scope, locale, out);
            } else {
                publisher.writeReport(scope, locale, out);
            }
        } catch (ReportUnavailable | ReportPublisher.UnwritableTarget e) {
            console.refuse(e.getMessage());
            return ExitCodes.INPUT_REJECTED;
        }
        console.say((format.equals("xlsx") ? "Werkmap bij de voortgangsrapportage " : "Voortgangsrapportage ") + code + " "
                + (toDate ? "tot en met " : "") + year + " geschreven naar "
                + out.toAbsolutePath().normalize() + " (" + Console.seconds(java.time.Duration.ofNanos(System.nanoTime() - started)) + ").");
        return ExitCodes.OK;
    }
}
