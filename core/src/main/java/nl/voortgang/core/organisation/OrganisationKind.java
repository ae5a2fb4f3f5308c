package nl.voortgang.core.organisation;

import nl.voortgang.core.Labelled;

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

    private final String dutch;
    private final String english;

    OrganisationKind(String dutch, String english) {
        this.dutch = dutch;
        this.english = english;
    }

    @Override
    public String dutch() {
        return dutch;
    }

    @Override
    public String english() {
        return english;
    }
}
