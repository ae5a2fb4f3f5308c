package nl.voortgang.core.alliance;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The English of an alliance's own words, for a report in English: its name, strategic and long-term goal, and the
 * descriptions of its outcomes, indicators (with their units) and planned activities. Each is optional: the Dutch
 * text is the source, and a report in English says where it has no English to give (the reference files' optional
 * {@code *_en} columns; see docs/csv-formats.md).
 */
public record EnglishTexts(
        String name,
        String strategicGoal,
        String longTermGoal,
        Map<OutcomeCode, String> outcomes,
        Map<IndicatorCode, String> indicators,
        Map<IndicatorCode, String> units,
        Map<ActivityCode, String> activities) {

    public static final EnglishTexts NONE = new EnglishTexts(null, null, null, Map.of(), Map.of(), Map.of(), Map.of());

    public EnglishTexts {
        name = blankToNull(name);
        strategicGoal = blankToNull(strategicGoal);
        longTermGoal = blankToNull(longTermGoal);
        outcomes = copy(outcomes);
        indicators = copy(indicators);
        units = copy(units);
        activities = copy(activities);
    }

    public Optional<String> outcome(OutcomeCode code) {
        return Optional.ofNullable(outcomes.get(code));
    }

    public Optional<String> indicator(IndicatorCode code) {
        return Optional.ofNullable(indicators.get(code));
    }

    public Optional<String> unit(IndicatorCode code) {
        return Optional.ofNullable(units.get(code));
    }

    public Optional<String> activity(ActivityCode code) {
        return Optional.ofNullable(activities.get(code));
    }

    public EnglishTexts withAlliance(String englishName, String englishStrategicGoal, String englishLongTermGoal) {
        return new EnglishTexts(englishName, englishStrategicGoal, englishLongTermGoal, outcomes, indicators, units, activities);
    }

    public EnglishTexts withOutcomes(Map<OutcomeCode, String> english) {
        return new EnglishTexts(name, strategicGoal, longTermGoal, english, indicators, units, activities);
    }

    public EnglishTexts withIndicators(Map<IndicatorCode, String> english, Map<IndicatorCode, String> englishUnits) {
        return new EnglishTexts(name, strategicGoal, longTermGoal, outcomes, english, englishUnits, activities);
    }

    public EnglishTexts withActivities(Map<ActivityCode, String> english) {
        return new EnglishTexts(name, strategicGoal, longTermGoal, outcomes, indicators, units, english);
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** In the given order, without blank texts. */
    private static <K> Map<K, String> copy(Map<K, String> texts) {
        Map<K, String> copy = new LinkedHashMap<>();
        if (texts != null) {
            texts.forEach((k, v) -> {
                if (blankToNull(v) != null) {
                    copy.put(k, v.strip());
                }
            });
        }
        return java.util.Collections.unmodifiableMap(copy);
    }
}
