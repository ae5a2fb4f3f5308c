package nl.voortgang.core.accountability;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.voortgang.core.PartnerFigure;
import nl.voortgang.core.alliance.AllianceCode;
import nl.voortgang.core.organisation.OrganisationCode;
import nl.voortgang.core.submission.Checksum;
import nl.voortgang.core.submission.KindDescriptor;
import nl.voortgang.core.submission.Submission;
import nl.voortgang.core.submission.SubmissionId;
import nl.voortgang.core.submission.SubmissionKey;
import nl.voortgang.core.submission.Submissions;

/**
 * The submissions as they stood when a report was submitted: of each key in the frozen set, its frozen version is the
 * current one and no later version exists; keys the set does not hold are as stored. Building a report over this view
 * gives the submitted report again, figure for figure and with the same provenance ("versie x van y"), whatever arrived
 * since.
 */
final class FrozenSubmissions implements Submissions {

    private final Submissions stored;
    private final Map<SubmissionKey, Submission> frozen;

    FrozenSubmissions(Submissions stored, List<SubmissionId> versions) {
        this.stored = stored;
        var ids = java.util.Set.copyOf(versions);
        this.frozen = stored.all().stream().filter(s -> ids.contains(s.id()))
                .collect(Collectors.toMap(Submission::key, Function.identity()));
    }

    /** The version as it stood: the frozen one current again, a later one absent. */
    private Optional<Submission> asItStood(Submission s) {
        Submission pinned = frozen.get(s.key());
        if (pinned == null) {
            return Optional.of(s);
        }
        if (s.version() > pinned.version()) {
            return Optional.empty();
        }
        return Optional.of(s.version() == pinned.version() ? new Submission(s.id(), s.key(), s.version(), s.fileName(), s.checksum(),
                s.receivedAt(), s.submittedBy(), s.rows(), null, s.warnings()) : s);
    }

    private List<Submission> asTheyStood(List<Submission> submissions) {
        return submissions.stream().map(this::asItStood).flatMap(Optional::stream).toList();
    }

    @Override
    public Optional<Submission> findByChecksum(OrganisationCode partner, Checksum checksum) {
        return stored.findByChecksum(partner, checksum).flatMap(this::asItStood);
    }

    @Override
    public List<Submission> history(SubmissionKey key) {
        return asTheyStood(stored.history(key));
    }

    @Override
    public List<Submission> currentFor(AllianceCode alliance) {
        return all().stream().filter(s -> s.key().alliance().equals(alliance) && s.isCurrent()).toList();
    }

    @Override
    public List<Submission> all() {
        return asTheyStood(stored.all());
    }

    @Override
    public <T extends PartnerFigure> List<T> rows(SubmissionId submission, KindDescriptor<T> kind) {
        return stored.rows(submission, kind);
    }
}
