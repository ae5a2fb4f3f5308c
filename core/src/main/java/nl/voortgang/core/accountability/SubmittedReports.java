package nl.voortgang.core.accountability;

import java.util.Optional;
import nl.voortgang.core.alliance.AllianceCode;

/** Where submitted reports are kept, with the versions they froze, never changed (a port). */
public interface SubmittedReports {

    /** Keeps the report and its versions together, at once. */
    void save(SubmittedReport report);

    Optional<SubmittedReport> find(AllianceCode alliance, int year);
}
