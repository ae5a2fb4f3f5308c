package nl.voortgang.core.submission;

import java.util.Optional;
import nl.voortgang.core.alliance.ActivityCode;
import nl.voortgang.core.alliance.OutcomeCode;
import nl.voortgang.core.alliance.PlannedActivity;
import nl.voortgang.core.csv.ProblemCode;
import nl.voortgang.core.narrative.Narrative;

/**
 * A partner's narrative for one year: every row is about one of the sender's own activities in that year's plan, or
 * about an outcome of the theory of change, and each subject is told once.
 */
public final class NarrativeFile {

    public static final KindDescriptor<Narrative> DESCRIPTOR = new KindDescriptor<>(SubmissionKind.NARRATIVE,
            PartnerFormats.NARRATIVE, Narrative.class,
            RowStorage.<Narrative>table("narrative")
                    .text("subject", Narrative::subject)
                    .text("done", Narrative::done)
                    .text("results", Narrative::results)
                    .text("lessons", Narrative::lessons)
                    .text("differences", Narrative::differences)
                    .assembledBy((key, v) -> new Narrative(key.alliance(), key.partner(), key.year(), v.text("subject"),
                            v.text("done"), v.text("results"), v.text("lessons"), v.text("differences"))),
            Checks::new);

    private NarrativeFile() {
    }

    private static final class Checks implements KindChecks<Narrative> {

        private final CheckContext file;

        Checks(CheckContext file) {
            this.file = file;
        }

        @Override
        public void row(long line, Narrative narrative) {
            String column = PartnerFormats.SUBJECT.name();
            String code = narrative.subject();
            String alliance = file.alliance().code().value();
            Optional<PlannedActivity> planned = file.alliance().activity(ActivityCode.of(code));
            if (planned.isPresent()) {
                PlannedActivity activity = planned.get();
                if (activity.year() != narrative.year()) {
                    file.error(ProblemCode.ACTIVITY_OTHER_YEAR, line, column, code,
                            "Activiteit " + code + " staat in het plan voor " + activity.year() + ", niet voor " + narrative.year() + ".",
                            "Vertel over de activiteit in het verslag over " + activity.year() + ".");
                } else if (!activity.responsible().equals(file.sender())) {
                    file.error(ProblemCode.ACTIVITY_OF_OTHER_PARTNER, line, column, code,
                            "Activiteit " + code + " is de verantwoordelijkheid van " + activity.responsible() + "; "
                                    + file.sender() + " vertelt alleen over eigen activiteiten.",
                            "Laat " + activity.responsible() + " over deze activiteit vertellen, of vertel over uw bijdrage aan uitkomst "
                                    + activity.outcome() + ".");
                }
            } else if (file.alliance().theoryOfChange().outcome(OutcomeCode.of(code)).isPresent()) {
                boolean contributes = file.alliance().activitiesIn(narrative.year()).stream()
                        .anyMatch(a -> a.outcome().value().equals(code) && a.responsible().equals(file.sender()));
                if (!contributes) {
                    file.warning(ProblemCode.OUTCOME_WITHOUT_OWN_ACTIVITY, line, column, code,
                            file.sender() + " heeft in " + narrative.year() + " geen activiteit voor uitkomst " + code + ".",
                            "Controleer de code; het verhaal wordt toch bij de uitkomst opgenomen.");
                }
            } else {
                file.error(ProblemCode.UNKNOWN_SUBJECT, line, column, code,
                        code + " is geen activiteit uit het activiteitenplan en geen uitkomst uit de theory of change van " + alliance + ".",
                        "Gebruik de code van een eigen activiteit (zoals in het bestand 'activiteiten') of van een uitkomst (zoals U1).");
                return;
            }
            file.once(line, code, column, code, "Over " + code + " staat al een verhaal op regel %d.",
                    "Vertel over elke activiteit en uitkomst één keer; voeg de teksten samen.");
        }
    }
}
