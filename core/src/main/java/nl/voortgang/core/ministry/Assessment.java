package nl.voortgang.core.ministry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import nl.voortgang.core.alliance.AllianceCode;

/**
 * The ministry's assessment of an alliance's plans or report for a year, as the lead organisation recorded it from
 * the ministry's letter: the outcome, the date of the letter, the ministry's note, and who recorded it when.
 */
public record Assessment(AllianceCode alliance, int year, AssessedDocument document, AssessmentOutcome outcome, LocalDate assessedOn,
                         String note, String recordedBy, Instant recordedAt) {

    public Assessment {
        Objects.requireNonNull(alliance, "alliance");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(assessedOn, "assessedOn");
        Objects.requireNonNull(recordedBy, "recordedBy");
        Objects.requireNonNull(recordedAt, "recordedAt");
    }
}
