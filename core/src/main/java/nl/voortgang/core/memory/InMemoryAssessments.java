package nl.voortgang.core.memory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.voortgang.core.alliance.AllianceCode;
import nl.voortgang.core.ministry.Assessment;
import nl.voortgang.core.ministry.Assessments;

/** The ministry's assessments kept in memory, for tests and embedders without a database. */
public final class InMemoryAssessments implements Assessments {

    private final List<Assessment> assessments = new ArrayList<>();

    @Override
    public synchronized void save(Assessment assessment) {
        if (find(assessment.alliance(), assessment.year(), assessment.document()).isPresent()) {
            throw new IllegalStateException(assessment.document() + " " + assessment.year() + " of " + assessment.alliance() + " was assessed before");
        }
        assessments.add(assessment);
    }

    @Override
    public synchronized List<Assessment> of(AllianceCode alliance) {
        return assessments.stream().filter(a -> a.alliance().equals(alliance))
                .sorted(Comparator.comparingInt(Assessment::year).thenComparing(Assessment::document)).toList();
    }
}
