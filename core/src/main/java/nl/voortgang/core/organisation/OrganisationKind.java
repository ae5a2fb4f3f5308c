package nl.voortgang.core.organisation;

import nl.voortgang.core.Labelled;
import nl.voortgang.core.Labelled.Labels;

/** What sort of organisation it is; the Dutch label is what files and reports use. */
public enum OrganisationKind implements Labelled {
    FOUNDATION("stichting", "foundation"),
    ASSOCIATION("vereniging", "association"),
    POLITICAL_PARTY("politieke partij", "political party"),
    PARTY_WORKING_GROUP("partijwerkgroep", "party working group"),
    NETWORK("netwerk", "network"),
    MINISTRY("ministerie", "ministry"),
    KNOWLEDGE_INSTITUTE("kennisinstituut", "knowledge institute"),
    FUND("fonds", "fund"),
    OTHER("overig", "other");

    private final Labels labels;

    OrganisationKind(String dutch, String english) {
        this.labels = new Labels(dutch, english);
    }

    @Override
    public Labels labels() {
        return labels;
    }
}
