package nl.voortgang.core.accountability;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import nl.voortgang.core.alliance.AllianceCode;
import nl.voortgang.core.submission.SubmissionId;

/**
 * An alliance's progress report for a year as the lead organisation submitted it to the ministry: the exact versions of
 * the partners' files it was made of, who submitted it and when. What arrives later never changes it.
 */
public record SubmittedReport(AllianceCode alliance, int year, List<SubmissionId> versions, String by, Instant at) {

    public SubmittedReport {
        Objects.requireNonNull(alliance, "alliance");
        Objects.requireNonNull(at, "at");
        versions = List.copyOf(versions);
        if (by == null || by.isBlank()) {
            throw new IllegalArgumentException("a report is submitted by someone");
        }
    }
}
