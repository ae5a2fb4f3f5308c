package nl.voortgang.core.ministry;

import java.util.List;
import java.util.Optional;
import nl.voortgang.core.alliance.AllianceCode;

/** Where the ministry's assessments are kept, never changed (a port). */
public interface Assessments {

    void save(Assessment assessment);

    /** Every assessment of the alliance, by year and document. */
    List<Assessment> of(AllianceCode alliance);

    default Optional<Assessment> find(AllianceCode alliance, int year, AssessedDocument document) {
        return of(alliance).stream().filter(a -> a.year() == year && a.document() == document).findFirst();
    }

    /** None kept: nothing has been assessed. */
    static Assessments none() {
        return new Assessments() {
            @Override
            public void save(Assessment assessment) {
                throw new UnsupportedOperationException("assessments are not kept here");
            }

            @Override
            public List<Assessment> of(AllianceCode alliance) {
                return List.of();
            }
        };
    }
}
