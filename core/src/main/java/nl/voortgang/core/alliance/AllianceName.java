package nl.voortgang.core.alliance;

import java.util.Objects;
import nl.voortgang.core.Labelled;

/**
 * A name an alliance had before its present one: an earlier name or a working title. Werk.en.de.Toekomst
 * had "Nieuwe wegen naar een werkende toekomst" as its working title.
 */
public record AllianceName(String name, Kind kind) {

    public AllianceName {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
    }

    public enum Kind implements Labelled {
        EARLIER_NAME("eerdere naam", "earlier name"),
        WORKING_TITLE("werktitel", "working title");

        private final Labels labels;

        Kind(String dutch, String english) {
            this.labels = new Labels(dutch, english);
        }

        @Override
        public Labels labels() {
            return labels;
        }
    }
}
