package nl.voortgang.core.submission;

import java.util.Optional;
import nl.voortgang.core.activity.ActivityProgress;
import nl.voortgang.core.alliance.ActivityCode;
import nl.voortgang.core.alliance.ActivityStatus;
import nl.voortgang.core.alliance.PlannedActivity;
import nl.voortgang.core.csv.ProblemCode;

/**
 * The progress of a partner's planned activities in one year: every activity is in the alliance's plan for that
 * year, is the sender's own responsibility, and is reported once.
 */
public final class ActivityFile {

    public static final KindDescriptor<ActivityProgress> DESCRIPTOR = new KindDescriptor<>(SubmissionKind.ACTIVITY_PROGRESS,
            PartnerFormats.ACTIVITY_PROGRESS, ActivityProgress.class,
            RowStorage.<ActivityProgress>table("activity_progress")
                    .text("activity", a -> a.activity().value())
                    .text("status", a -> a.status().name())
                    .date("completed_on", ActivityProgress::completedOn)
                    .text("explanation", ActivityProgress::explanation)
                    .assembledBy((key, v) -> new ActivityProgress(key.alliance(), key.partner(), key.year(), ActivityCode.of(v.text("activity")),
                            ActivityStatus.valueOf(v.text("status")), v.date("completed_on"), v.text("explanation"))),
            Checks::new);

    private ActivityFile() {
    }

    private static final class Checks implements KindChecks<ActivityProgress> {

        private final CheckContext file;

        Checks(CheckContext file) {
            this.file = file;
        }

        @Override
        public void row(long line, ActivityProgress progress) {
            Optional<PlannedActivity> planned = file.alliance().activity(progress.activity());
            String column = PartnerFormats.ACTIVITY.name();
            String code = progress.activity().value();
            String alliance = file.alliance().code().value();
            if (planned.isEmpty()) {
                file.error(ProblemCode.UNKNOWN_ACTIVITY, line, column, code,
                        "Activiteit " + code + " staat niet in het activiteitenplan van " + alliance + ".",
                        "Gebruik de code uit het activiteitenplan; het secretariaat kan u de lijst geven.");
                return;
            }
            PlannedActivity activity = planned.get();
            if (activity.year() != progress.year()) {
                file.error(ProblemCode.ACTIVITY_OTHER_YEAR, line, column, code,
                        "Activiteit " + code + " staat in het plan voor " + activity.year() + ", niet voor " + progress.year() + ".",
                        "Rapporteer de activiteit in het bestand over " + activity.year() + ".");
            } else if (!activity.responsible().equals(file.sender())) {
                file.error(ProblemCode.ACTIVITY_OF_OTHER_PARTNER, line, column, code,
                        "Activiteit " + code + " is de verantwoordelijkheid van " + activity.responsible() + "; "
                                + file.sender() + " rapporteert alleen over eigen activiteiten.",
                        "Laat " + activity.responsible() + " over deze activiteit rapporteren.");
            }
            file.once(line, progress.activity(), column, code, "Activiteit " + code + " staat al op regel %d.",
                    "Rapporteer elke activiteit één keer, met haar laatste stand.");
        }
    }
}
