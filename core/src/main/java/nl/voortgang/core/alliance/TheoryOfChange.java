package nl.voortgang.core.alliance;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Long-term goal → outcomes → indicators: what the alliance wants to have changed after five years. */
public record TheoryOfChange(String longTermGoal, List<Outcome> outcomes) {

    public TheoryOfChange {
        Objects.requireNonNull(longTermGoal, "longTermGoal");
        outcomes = List.copyOf(outcomes);
    }

    public Optional<Outcome> outcome(OutcomeCode code) {
        return outcomes.stream().filter(o -> o.code().equals(code)).findFirst();
    }

    public Optional<Indicator> indicator(IndicatorCode code) {
        return outcomes.stream().flatMap(o -> o.indicators().stream()).filter(i -> i.code().equals(code)).findFirst();
    }

    public List<Indicator> indicators() {
        return outcomes.stream().flatMap(o -> o.indicators().stream()).toList();
    }
}
