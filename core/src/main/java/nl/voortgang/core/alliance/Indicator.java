package nl.voortgang.core.alliance;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A measure of an outcome: a baseline, and a target per year. Years without a target have none: a report
 * never invents or sums targets that were not set.
 *
 * @param unit        what is counted ("deelnemers", "%", "gemeenten")
 * @param aggregation how values combine across partners and years
 */
public record Indicator(
        IndicatorCode code,
        OutcomeCode outcome,
        String description,
        String unit,
        Aggregation aggregation,
        BigDecimal baseline,
        Integer baselineYear,
        Map<Integer, BigDecimal> targets) {

    public Indicator {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(aggregation, "aggregation");
        targets = java.util.Collections.unmodifiableMap(new TreeMap<>(targets));
    }

    public Optional<BigDecimal> target(int year) {
        return Optional.ofNullable(targets.get(year));
    }

    public Indicator withTargets(Map<Integer, BigDecimal> newTargets) {
        return new Indicator(code, outcome, description, unit, aggregation, baseline, baselineYear, newTargets);
    }
}
