package nl.voortgang.core.progress;

import nl.voortgang.core.organisation.OrganisationCode;

/** An organisation as a report names it: its code and its name. */
public record PartyRef(OrganisationCode code, String name) implements Comparable<PartyRef> {

    @Override
    public int compareTo(PartyRef other) {
        return code.compareTo(other.code);
    }
}
