package nl.voortgang.batch.cli;

import java.util.Locale;
import java.util.stream.Collectors;
import nl.voortgang.batch.Console;
import nl.voortgang.core.accountability.MinistryAssessment;
import nl.voortgang.core.alliance.AllianceCode;
import nl.voortgang.core.csv.Types;
import nl.voortgang.core.ministry.AssessedDocument;
import nl.voortgang.core.ministry.Assessment;
import nl.voortgang.core.ministry.AssessmentOutcome;
import nl.voortgang.core.money.DutchFormat;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Records the ministry's assessment of a year's plans or report, from the ministry's letter. */
@Command(name = "assess", mixinStandardHelpOptions = true,
        description = {"Legt de beoordeling door het ministerie vast van de plannen (activiteitenplannen en begrotingen) of van de "
                + "ingediende voortgangsrapportage van een jaar, zoals de brief van het ministerie die geeft: goedgekeurd, goedgekeurd "
                + "onder voorwaarden of afgewezen, met de datum van de brief en, bij voorwaarden of afwijzing, de toelichting. 'voortgang "
                + "status' en de volgende rapportage tonen haar."},
        footer = {"", "Voorbeelden:",
                "  voortgang assess --alliance SWH --year 2020 --plans --outcome goedgekeurd --on 2019-12-18",
                "  voortgang assess --alliance SWH --year 2019 --report --outcome voorwaarden --on 2020-06-15 \\",
                "      --note \"Lever vóór 1 september de onderbouwing van de personeelskosten.\" --as \"J. de Vries\""})
public class AssessCommand implements SpringCommand {

    @Option(names = "--alliance", required = true, paramLabel = "CODE", description = "De alliantie, zoals SWH.")
    String alliance;

    @Option(names = "--year", required = true, paramLabel = "JJJJ", description = "Het jaar waarover de plannen of de rapportage gaan.")
    int year;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Document document;

    static class Document {
        @Option(names = "--plans", required = true, description = "De beoordeling van de activiteitenplannen en begrotingen voor het jaar.")
        boolean plans;

        @Option(names = "--report", required = true, description = "De beoordeling van de ingediende voortgangsrapportage over het jaar.")
        boolean report;
    }

    @Option(names = "--outcome", required = true, paramLabel = "UITKOMST",
            description = "goedgekeurd, voorwaarden (goedgekeurd onder voorwaarden) of afgewezen.")
    String outcome;

    @Option(names = "--on", required = true, paramLabel = "DATUM", description = "De datum van de brief van het ministerie (2020-06-15 of 15-06-2020).")
    String on;

    @Option(names = "--note", paramLabel = "TEKST", description = "De toelichting van het ministerie: verplicht bij voorwaarden en afwijzing.")
    String note;

    @Option(names = "--as", paramLabel = "NAAM", description = "Wie de beoordeling vastlegt (standaard de gebruiker van het besturingssysteem).")
    String as;

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
        AssessmentOutcome decided = switch (outcome.strip().toLowerCase(Locale.ROOT)) {
            case "goedgekeurd" -> AssessmentOutcome.APPROVED;
            case "voorwaarden", "onder-voorwaarden", "goedgekeurd onder voorwaarden" -> AssessmentOutcome.WITH_CONDITIONS;
            case "afgewezen" -> AssessmentOutcome.REJECTED;
            default -> null;
        };
        if (decided == null) {
            console.refuse("'" + outcome + "' is geen uitkomst van een beoordeling: geef goedgekeurd, voorwaarden of afgewezen.");
            return ExitCodes.INPUT_REJECTED;
        }
        var date = Types.date().parse(on.strip());
        if (date.value() == null) {
            console.refuse("--on '" + on + "': " + date.error() + " " + date.hint());
            return ExitCodes.INPUT_REJECTED;
        }
        AssessedDocument what = document.plans ? AssessedDocument.PLANS : AssessedDocument.REPORT;
        MinistryAssessment ministry = context.getBean(MinistryAssessment.class);
        Assessment done;
        try {
            done = Acts.inOneTransaction(context, () -> ministry.record(AllianceCode.of(code), year, what, decided, date.value(), note, Acts.who(as)));
        } catch (MinistryAssessment.AssessmentRefused refused) {
            console.refuse("De beoordeling is niet vastgelegd: " + refused.problems().stream().collect(Collectors.joining(" ")));
            return ExitCodes.INPUT_REJECTED;
        }
        console.say("Vastgelegd: het ministerie heeft de " + what.dutch() + " " + year + " van " + code + " " + decided.dutch() + " op "
                + DutchFormat.dutch().date(done.assessedOn()) + " (vastgelegd door " + done.recordedBy() + ")"
                + (done.note() == null ? "." : ": " + done.note()));
        return ExitCodes.OK;
    }
}
