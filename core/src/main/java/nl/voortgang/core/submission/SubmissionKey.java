package nl.voortgang.core.submission;

import java.util.Objects;
import nl.voortgang.core.alliance.AllianceCode;
import nl.voortgang.core.organisation.OrganisationCode;

/** What a submission is about: a newer submission with the same key supersedes the older one. */
public record SubmissionKey(AllianceCode alliance, OrganisationCode partner, int year, SubmissionKind kind) {

    public SubmissionKey {
        Objects.requireNonNull(alliance, "alliance");
        Objects.requireNonNull(partner, "partner");
        Objects.requireNonNull(kind, "kind");
    }

    @Override
    public String toString() {
        return alliance + "/" + partner + "/" + year + "/" + kind.dutch();
    }
}
