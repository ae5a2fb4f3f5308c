package nl.voortgang.core.memory;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import nl.voortgang.core.accountability.SubmittedReport;
import nl.voortgang.core.accountability.SubmittedReports;
import nl.voortgang.core.alliance.AllianceCode;

/** Submitted reports kept in memory, for tests and embedders without a database. */
public final class InMemorySubmittedReports implements SubmittedReports {

    private final Map<String, SubmittedReport> reports = new ConcurrentHashMap<>();

    @Override
    public void save(SubmittedReport report) {
        if (reports.putIfAbsent(report.alliance().value() + "/" + report.year(), report) != null) {
            throw new IllegalStateException("the report of " + report.alliance() + " " + report.year() + " was submitted before");
        }
    }

    @Override
    public Optional<SubmittedReport> find(AllianceCode alliance, int year) {
        return Optional.ofNullable(reports.get(alliance.value() + "/" + year));
    }
}
