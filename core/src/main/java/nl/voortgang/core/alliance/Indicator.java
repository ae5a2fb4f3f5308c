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
 * @param unit            what is counted ("deelnemers", "%", "gemeenten")
 * @param aggregation     how values combine across partners and years
 * @param categoryTargets targets for categories of a breakdown ({@code geslacht: vrouw}), per year, where set
 */
public record Indicator(
        IndicatorCode code,
        OutcomeCode outcome,
        String description,
        String unit,
        Aggregation aggregation,
        BigDecimal baseline,
        Integer baselineYear,
        Map<Integer, BigDecimal> targets,
        Map<Disaggregation, Map<Integer, BigDecimal>> categoryTargets) {

    public Indicator {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(aggregation, "aggregation");
        targets = java.util.Collections.unmodifiableMap(new TreeMap<>(targets));
        Map<Disaggregation, Map<Integer, BigDecimal>> copy = new java.util.LinkedHashMap<>();
        categoryTargets.forEach((category, byYear) -> copy.put(category, java.util.Collections.unmodifiableMap(new TreeMap<>(byYear))));
        categoryTargets = java.util.Collections.unmodifiableMap(copy);
    }

    /** An indicator without targets per category. */
    public Indicator(IndicatorCode code, OutcomeCode outcome, String description, String unit, Aggregation aggregation, BigDecimal baseline,
                     Integer baselineYear, Map<Integer, BigDecimal> targets) {
        this(code, outcome, description, unit, aggregation, baseline, baselineYear, targets, Map.of());
    }

    public Optional<BigDecimal> target(int year) {
        return Optional.ofNullable(targets.get(year));
    }

    /**
     * A category's target over some years: one year's, or for several years of a count the sum, only when every one of
     * them has a target (as for the total); null when none was set.
     */
    public BigDecimal categoryTarget(Disaggregation category, java.util.Collection<Integer> years) {
        Map<Integer, BigDecimal> byYear = categoryTargets.getOrDefault(category, Map.of());
        if (years.isEmpty() || !years.stream().allMatch(byYear::containsKey)) {
            return null;
        }
        return years.stream().map(byYear::get).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public Indicator withTargets(Map<Integer, BigDecimal> newTargets, Map<Disaggregation, Map<Integer, BigDecimal>> newCategoryTargets) {
        return new Indicator(code, outcome, description, unit, aggregation, baseline, baselineYear, newTargets, newCategoryTargets);
    }
}
