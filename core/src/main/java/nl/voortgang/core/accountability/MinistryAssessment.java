package nl.voortgang.core.accountability;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.voortgang.core.alliance.Alliance;
import nl.voortgang.core.alliance.AllianceCode;
import nl.voortgang.core.alliance.Alliances;
import nl.voortgang.core.money.DutchFormat;
import nl.voortgang.core.ministry.AssessedDocument;
import nl.voortgang.core.ministry.Assessment;
import nl.voortgang.core.ministry.AssessmentOutcome;
import nl.voortgang.core.ministry.Assessments;

/**
 * The lead organisation records the ministry's assessment of a year's plans or report, from the ministry's letter:
 * approved, approved with conditions, or rejected, with the date of the letter and the ministry's note. A report is
 * assessed only once it was submitted, and not before the day it was; conditions and a rejection come with the
 * ministry's note; each year's plans and report are assessed once.
 */
public final class MinistryAssessment {

    /** The longest note kept: a paragraph from the ministry's letter, not the letter. */
    public static final int NOTE_LENGTH = 2000;

    private static final DutchFormat DATES = DutchFormat.dutch();

    private final Alliances alliances;
    private final SubmittedReports submitted;
    private final Assessments assessments;
    private final Clock clock;

    public MinistryAssessment(Alliances alliances, SubmittedReports submitted, Assessments assessments, Clock clock) {
        this.alliances = Objects.requireNonNull(alliances, "alliances");
        this.submitted = Objects.requireNonNull(submitted, "submitted");
        this.assessments = Objects.requireNonNull(assessments, "assessments");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public Assessment record(AllianceCode code, int year, AssessedDocument document, AssessmentOutcome outcome, LocalDate on, String note,
                             String by) throws AssessmentRefused {
        List<String> problems = new ArrayList<>();
        String what = document.dutch() + " " + year + " van " + code.value();
        Optional<Alliance> alliance = alliances.find(code);
        if (alliance.isEmpty()) {
            throw new AssessmentRefused(List.of("Alliantie " + code.value() + " is onbekend."));
        }
        var partnership = alliance.get().partnership();
        if (year < partnership.firstYear() || year > partnership.lastYear(year)) {
            problems.add(year + " valt buiten het partnerschap van " + code.value() + " (" + partnership.firstYear() + "–"
                    + partnership.lastYear(year) + ").");
        }
        if (by == null || by.isBlank()) {
            problems.add("Wie legt de beoordeling vast? Geef een naam (met --as NAAM op de opdrachtregel).");
        }
        String text = note == null || note.isBlank() ? null : note.strip();
        if (outcome.needsANote() && text == null) {
            problems.add("Bij '" + outcome.dutch() + "' hoort de toelichting van het ministerie: neem de voorwaarden of de redenen uit de brief over.");
        }
        if (text != null && text.length() > NOTE_LENGTH) {
            problems.add("De toelichting is " + text.length() + " tekens lang; hoogstens " + NOTE_LENGTH + " passen. Neem de kern uit de brief over.");
        }
        LocalDate today = LocalDate.now(clock);
        if (on.isAfter(today)) {
            problems.add("De datum van de beoordeling (" + DATES.date(on) + ") ligt na vandaag; geef de datum van de brief van het ministerie.");
        }
        if (document == AssessedDocument.REPORT) {
            Optional<SubmittedReport> report = submitted.find(code, year);
            if (report.isEmpty()) {
                problems.add("De " + what + " is nog niet ingediend; het ministerie beoordeelt een ingediende rapportage (voortgang submit).");
            } else {
                LocalDate submittedOn = report.get().at().atZone(clock.getZone()).toLocalDate();
                if (on.isBefore(submittedOn)) {
                    problems.add("De datum van de beoordeling (" + DATES.date(on) + ") ligt vóór de indiening op " + DATES.date(submittedOn) + ".");
                }
            }
        }
        Optional<Assessment> before = assessments.find(code, year, document);
        if (before.isPresent()) {
            problems.add("De " + what + " is al beoordeeld: " + before.get().outcome().dutch() + " op " + DATES.date(before.get().assessedOn())
                    + " (vastgelegd door " + before.get().recordedBy() + ").");
        }
        if (!problems.isEmpty()) {
            throw new AssessmentRefused(problems);
        }
        Assessment assessment = new Assessment(code, year, document, outcome, on, text, by.strip(), clock.instant());
        assessments.save(assessment);
        return assessment;
    }

    /** An assessment that cannot be recorded, with every reason, in Dutch. */
    public static final class AssessmentRefused extends Exception {

        private final List<String> problems;

        public AssessmentRefused(List<String> problems) {
            super(String.join("; ", problems));
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }
}
