package nl.voortgang.core.alliance;

import java.util.List;
import java.util.Objects;

/** A medium-term change the alliance works towards, measured by its indicators. */
public record Outcome(OutcomeCode code, String description, List<Indicator> indicators) {

    public Outcome {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(description, "description");
        indicators = List.copyOf(indicators);
    }
}
