package nl.voortgang.batch.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import nl.voortgang.batch.Console;
import nl.voortgang.core.Labelled;
import nl.voortgang.core.alliance.AllianceCode;
import nl.voortgang.core.alliance.Alliances;
import nl.voortgang.core.organisation.OrganisationCode;
import nl.voortgang.core.review.ReviewAct;
import nl.voortgang.core.review.ReviewRefused;
import nl.voortgang.core.review.SubmissionReview;
import nl.voortgang.core.submission.Submission;
import nl.voortgang.core.submission.SubmissionKey;
import nl.voortgang.core.submission.SubmissionKind;
import nl.voortgang.core.submission.Submissions;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "review", mixinStandardHelpOptions = true,
        description = {"De beoordeling van de partnerbestanden door de penvoerder. Zonder --approve of --return: de stand van elk bestand "
                + "van een jaar. Met --approve keurt u de laatste versie van een bestand goed, met --return stuurt u haar terug met een "
                + "toelichting (de partner stuurt dan een nieuwe versie). Wie het doet, en wanneer, wordt bewaard."},
        footer = {"", "Voorbeelden:", "  voortgang review --alliance SWH --year 2019",
                "  voortgang review --alliance SWH --year 2019 --partner NVR --kind realisatie --approve",
                "      --as \"J. de Vries\"",
                "  voortgang review --alliance SWH --year 2019 --partner NVR --kind indicatoren",
                "      --return \"Teller en noemer ontbreken bij I1.2.\""})
public class ReviewCommand implements SpringCommand {

    @Option(names = "--alliance", required = true, paramLabel = "CODE", description = "De alliantie, zoals SWH.")
    String alliance;

    @Option(names = "--year", required = true, paramLabel = "JJJJ", description = "Het jaar waarover de bestanden gaan.")
    int year;

    @Option(names = "--partner", paramLabel = "CODE", description = "De partner wiens bestand u beoordeelt.")
    String partner;

    @Option(names = "--kind", paramLabel = "SOORT", description = "begroting, realisatie, activiteiten of indicatoren.")
    String kind;

    @ArgGroup(exclusive = true)
    Act act;

    static class Act {
        @Option(names = "--approve", required = true, description = "Keurt de laatste versie goed.")
        boolean approve;

        @Option(names = "--return", required = true, paramLabel = "TOELICHTING", description = "Stuurt de laatste versie terug, met wat er anders moet.")
        String returnNote;
    }

    @Option(names = "--note", paramLabel = "TEKST", description = "Een toelichting bij een goedkeuring.")
    String note;

    @Option(names = "--as", paramLabel = "NAAM", description = "Wie beoordeelt (standaard de gebruiker van het besturingssysteem).")
    String as;

    @Override
    public boolean needsData() {
        return true;
    }

    @Override
    public int run(ApplicationContext context, Console console) throws Exception {
        String code = alliance.toUpperCase(Locale.ROOT);
        if (!AllianceCode.isValid(code) || context.getBean(Alliances.class).find(AllianceCode.of(code)).isEmpty()) {
            console.refuse("Alliantie " + alliance + " is onbekend. Bekende allianties: " + String.join(", ",
                    context.getBean(Alliances.class).all().stream().map(a -> a.code().value()).sorted().toList()) + ".");
            return ExitCodes.INPUT_REJECTED;
        }
        SubmissionReview review = context.getBean(SubmissionReview.class);
        if (act == null) {
            list(context.getBean(Submissions.class), review, AllianceCode.of(code), console);
            return ExitCodes.OK;
        }
        if (partner == null || kind == null) {
            console.refuse("Zeg welk bestand u beoordeelt: --partner CODE en --kind " + Labelled.dutchLabels(SubmissionKind.class) + ".");
            return ExitCodes.INPUT_REJECTED;
        }
        var parsedKind = Labelled.fromLabel(SubmissionKind.class, kind);
        if (parsedKind.isEmpty() || !OrganisationCode.isValid(partner.toUpperCase(Locale.ROOT))) {
            console.refuse(parsedKind.isEmpty() ? "Soort '" + kind + "' bestaat niet: kies " + Labelled.dutchLabels(SubmissionKind.class) + "."
                    : "'" + partner + "' is geen partnercode, zoals NVR.");
            return ExitCodes.INPUT_REJECTED;
        }
        SubmissionKey key = new SubmissionKey(AllianceCode.of(code), OrganisationCode.of(partner.toUpperCase(Locale.ROOT)), year, parsedKind.get());
        try {
            ReviewAct done = Acts.inOneTransaction(context, () -> act.approve ? review.approve(key, Acts.who(as), note)
                    : review.returnForRevision(key, Acts.who(as), act.returnNote));
            console.say(key.kind().dutch() + " " + year + " van " + key.partner().value() + " voor " + code + ": " + done.state().dutch()
                    + " door " + done.by() + ".");
            return ExitCodes.OK;
        } catch (ReviewRefused e) {
            console.refuse(e.getMessage());
            return ExitCodes.INPUT_REJECTED;
        }
    }

    /** Every current submission of the year, by partner and kind, with its state and its latest act. */
    private void list(Submissions submissions, SubmissionReview review, AllianceCode code, Console console) {
        List<Submission> current = new ArrayList<>(submissions.currentFor(code).stream().filter(s -> s.key().year() == year).toList());
        current.sort(Comparator.comparing((Submission s) -> s.key().partner().value()).thenComparing(s -> s.key().kind()));
        if (current.isEmpty()) {
            console.say("Er zijn nog geen bestanden van " + code.value() + " over " + year + ".");
            return;
        }
        console.say("Beoordeling van de bestanden van " + code.value() + " over " + year + ":");
        for (Submission s : current) {
            var history = review.history(s);
            String state = review.stateOf(s).dutch();
            String last = history.isEmpty() ? "" : " door " + history.get(history.size() - 1).by()
                    + (history.get(history.size() - 1).note() == null ? "" : ": " + history.get(history.size() - 1).note());
            console.say(String.format(Locale.ROOT, "  %-16s %-13s v%d  %s%s", s.key().partner().value(), s.key().kind().dutch(), s.version(),
                    state, last));
        }
    }
}
