package nl.voortgang.core.reference;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.voortgang.core.alliance.PlannedActivity;
import nl.voortgang.core.alliance.ActivityCode;
import nl.voortgang.core.alliance.Alliance;
import nl.voortgang.core.alliance.EnglishTexts;
import nl.voortgang.core.alliance.IndicatorCode;
import nl.voortgang.core.alliance.AllianceCode;
import nl.voortgang.core.alliance.Grant;
import nl.voortgang.core.alliance.Indicator;
import nl.voortgang.core.alliance.Disaggregation;
import nl.voortgang.core.alliance.Membership;
import nl.voortgang.core.alliance.Outcome;
import nl.voortgang.core.alliance.OutcomeCode;
import nl.voortgang.core.alliance.TheoryOfChange;
import nl.voortgang.core.newsletter.Edition;
import nl.voortgang.core.newsletter.Meeting;
import nl.voortgang.core.newsletter.NewsItem;
import nl.voortgang.core.organisation.Organisation;
import nl.voortgang.core.organisation.OrganisationCode;
import nl.voortgang.core.reference.ReferenceRows.ActivityPlanRow;
import nl.voortgang.core.reference.ReferenceRows.GrantRow;
import nl.voortgang.core.reference.ReferenceRows.IndicatorRow;
import nl.voortgang.core.reference.ReferenceRows.OutcomeRow;
import nl.voortgang.core.reference.ReferenceRows.TargetRow;
import nl.voortgang.core.scheme.SchemeCode;
import nl.voortgang.core.scheme.SubsidyScheme;

/**
 * Lays a set of reference files over the stored reference data. What a file names, it replaces: an
 * organisation's former names, board and representations; an alliance's names, memberships, outcomes,
 * indicators and targets; an alliance's activity plan and grants for a year; an edition's news items; the agenda.
 * Organisations, schemes, alliances and editions are added or replaced by code.
 */
final class ReferenceMerge {

    final Map<OrganisationCode, Organisation> organisations;
    final Map<SchemeCode, SubsidyScheme> schemes;
    final Map<AllianceCode, Alliance> alliances;
    final Map<YearMonth, Edition> editions;
    final Map<YearMonth, List<NewsItem>> news = new LinkedHashMap<>();
    List<Meeting> meetings;

    ReferenceMerge(List<Organisation> organisations, List<SubsidyScheme> schemes, List<Alliance> alliances, List<Edition> editions) {
        this.organisations = byKey(organisations, Organisation::code);
        this.schemes = byKey(schemes, SubsidyScheme::code);
        this.alliances = byKey(alliances, Alliance::code);
        this.editions = byKey(editions, Edition::edition);
    }

    private static <K, V> Map<K, V> byKey(List<V> values, Function<V, K> key) {
        Map<K, V> map = new LinkedHashMap<>();
        values.forEach(v -> map.put(key.apply(v), v));
        return map;
    }

    void merge(ReferenceSet set) {
        set.rows(ReferenceFormats.SCHEMES).forEach(r -> schemes.put(r.value().code(), r.value()));
        mergeOrganisations(set);
        mergeAlliances(set);
        set.rows(ReferenceFormats.EDITIONS).forEach(r -> editions.put(r.value().edition(), r.value()));
        set.rows(ReferenceFormats.NEWS_ITEMS).forEach(r -> news.computeIfAbsent(r.value().edition(), e -> new ArrayList<>()).add(r.value()));
        if (set.has(ReferenceFormats.MEETINGS)) {
            meetings = set.rows(ReferenceFormats.MEETINGS).stream().map(Located::value).toList();
        }
    }

    private void mergeOrganisations(ReferenceSet set) {
        for (var row : set.rows(ReferenceFormats.ORGANISATIONS)) {
            Organisation given = row.value();
            Organisation before = organisations.get(given.code());
            organisations.put(given.code(), before == null ? given
                    : given.withFormerNames(before.formerNames()).withBoard(before.board()).withRepresentations(before.representations()));
        }
        grouped(set.rows(ReferenceFormats.FORMER_NAMES), r -> r.organisation()).forEach((code, rows) ->
                organisations.computeIfPresent(code, (c, o) -> o.withFormerNames(rows.stream().map(r -> r.name()).toList())));
        grouped(set.rows(ReferenceFormats.BOARD), r -> r.organisation()).forEach((code, rows) ->
                organisations.computeIfPresent(code, (c, o) -> o.withBoard(rows.stream().map(r -> r.seat()).toList())));
        grouped(set.rows(ReferenceFormats.REPRESENTATIONS), r -> r.organisation()).forEach((code, rows) ->
                organisations.computeIfPresent(code, (c, o) -> o.withRepresentations(rows.stream().map(r -> r.representation()).toList())));
    }

    private void mergeAlliances(ReferenceSet set) {
        for (var row : set.rows(ReferenceFormats.ALLIANCES)) {
            Alliance given = row.value();
            Alliance before = alliances.get(given.code());
            EnglishTexts english = given.english();
            alliances.put(given.code(), before == null ? given
                    : given.withEarlierNames(before.earlierNames()).withMemberships(before.memberships()).withActivities(before.activities())
                            .withTheoryOfChange(new TheoryOfChange(given.theoryOfChange().longTermGoal(), before.theoryOfChange().outcomes()))
                            .withGrants(before.grants())
                            .withEnglish(before.english().withAlliance(english.name(), english.strategicGoal(), english.longTermGoal())));
        }
        grouped(set.rows(ReferenceFormats.ALLIANCE_NAMES), r -> r.alliance()).forEach((code, rows) ->
                alliances.computeIfPresent(code, (c, a) -> a.withEarlierNames(rows.stream().map(r -> r.name()).toList())));
        grouped(set.rows(ReferenceFormats.MEMBERSHIPS), r -> r.alliance()).forEach((code, rows) ->
                alliances.computeIfPresent(code, (c, a) -> a.withMemberships(rows.stream().map(r -> r.membership()).toList())));
        grouped(set.rows(ReferenceFormats.OUTCOMES), OutcomeRow::alliance).forEach((code, rows) ->
                alliances.computeIfPresent(code, (c, a) -> withOutcomes(a, rows)));
        grouped(set.rows(ReferenceFormats.INDICATORS), IndicatorRow::alliance).forEach((code, rows) ->
                alliances.computeIfPresent(code, (c, a) -> withIndicators(a, rows)));
        grouped(set.rows(ReferenceFormats.TARGETS), TargetRow::alliance).forEach((code, rows) ->
                alliances.computeIfPresent(code, (c, a) -> withTargets(a, rows)));
        grouped(set.rows(ReferenceFormats.ACTIVITY_PLANS), ActivityPlanRow::alliance).forEach((code, rows) ->
                alliances.computeIfPresent(code, (c, a) -> withPlans(a, rows)));
        grouped(set.rows(ReferenceFormats.GRANTS), GrantRow::alliance).forEach((code, rows) ->
                alliances.computeIfPresent(code, (c, a) -> withGrants(a, rows)));
    }

    private static Alliance withOutcomes(Alliance alliance, List<OutcomeRow> rows) {
        TheoryOfChange toc = alliance.theoryOfChange();
        List<Outcome> outcomes = rows.stream().map(r -> new Outcome(r.code(), r.description(),
                toc.outcome(r.code()).map(Outcome::indicators).orElse(List.of()))).toList();
        Map<OutcomeCode, String> english = new LinkedHashMap<>();
        rows.stream().filter(r -> r.englishDescription() != null).forEach(r -> english.put(r.code(), r.englishDescription()));
        return alliance.withTheoryOfChange(new TheoryOfChange(toc.longTermGoal(), outcomes)).withEnglish(alliance.english().withOutcomes(english));
    }

    private static Alliance withIndicators(Alliance alliance, List<IndicatorRow> rows) {
        TheoryOfChange toc = alliance.theoryOfChange();
        Map<OutcomeCode, List<Indicator>> byOutcome = new HashMap<>();
        for (IndicatorRow row : rows) {
            Indicator given = row.indicator();
            var before = toc.indicator(given.code());
            byOutcome.computeIfAbsent(given.outcome(), o -> new ArrayList<>()).add(given.withTargets(
                    before.map(Indicator::targets).orElse(Map.of()), before.map(Indicator::categoryTargets).orElse(Map.of())));
        }
        List<Outcome> outcomes = toc.outcomes().stream()
                .map(o -> new Outcome(o.code(), o.description(), byOutcome.getOrDefault(o.code(), List.of()))).toList();
        Map<IndicatorCode, String> english = new LinkedHashMap<>();
        Map<IndicatorCode, String> units = new LinkedHashMap<>();
        for (IndicatorRow row : rows) {
            if (row.englishDescription() != null) {
                english.put(row.indicator().code(), row.englishDescription());
            }
            if (row.englishUnit() != null) {
                units.put(row.indicator().code(), row.englishUnit());
            }
        }
        return alliance.withTheoryOfChange(new TheoryOfChange(toc.longTermGoal(), outcomes))
                .withEnglish(alliance.english().withIndicators(english, units));
    }

    /** A targets file replaces an indicator's targets, its total's and its categories', together. */
    private static Alliance withTargets(Alliance alliance, List<TargetRow> rows) {
        Map<Object, Map<Integer, BigDecimal>> targets = new HashMap<>();
        Map<Object, Map<Disaggregation, Map<Integer, BigDecimal>>> categoryTargets = new HashMap<>();
        rows.forEach(r -> {
            if (r.category() == null) {
                targets.computeIfAbsent(r.indicator(), i -> new TreeMap<>()).put(r.year(), r.target());
            } else {
                categoryTargets.computeIfAbsent(r.indicator(), i -> new java.util.LinkedHashMap<>())
                        .computeIfAbsent(r.category(), c -> new TreeMap<>()).put(r.year(), r.target());
            }
        });
        TheoryOfChange toc = alliance.theoryOfChange();
        List<Outcome> outcomes = toc.outcomes().stream().map(o -> new Outcome(o.code(), o.description(), o.indicators().stream()
                .map(i -> targets.containsKey(i.code()) || categoryTargets.containsKey(i.code())
                        ? i.withTargets(targets.getOrDefault(i.code(), Map.of()), categoryTargets.getOrDefault(i.code(), Map.of())) : i).toList())).toList();
        return alliance.withTheoryOfChange(new TheoryOfChange(toc.longTermGoal(), outcomes));
    }

    private static Alliance withPlans(Alliance alliance, List<ActivityPlanRow> rows) {
        Set<Integer> years = rows.stream().map(r -> r.activity().year()).collect(Collectors.toSet());
        List<PlannedActivity> activities = new ArrayList<>(alliance.activities().stream().filter(a -> !years.contains(a.year())).toList());
        rows.forEach(r -> activities.add(r.activity()));
        Map<ActivityCode, String> english = new LinkedHashMap<>();
        Set<ActivityCode> kept = activities.stream().map(PlannedActivity::code).collect(Collectors.toSet());
        alliance.english().activities().forEach((code, text) -> {
            if (kept.contains(code)) {
                english.put(code, text);
            }
        });
        rows.forEach(r -> {
            english.remove(r.activity().code());
            if (r.englishDescription() != null) {
                english.put(r.activity().code(), r.englishDescription());
            }
        });
        return alliance.withActivities(activities).withEnglish(alliance.english().withActivities(english));
    }

    /** The grants of the years a file names replace those years' grants; other years stay as they were. */
    private static Alliance withGrants(Alliance alliance, List<GrantRow> rows) {
        Set<Integer> years = rows.stream().map(r -> r.grant().year()).collect(Collectors.toSet());
        List<Grant> grants = new ArrayList<>(alliance.grants().stream().filter(g -> !years.contains(g.year())).toList());
        rows.forEach(r -> grants.add(r.grant()));
        return alliance.withGrants(grants);
    }

    private static <T, K> Map<K, List<T>> grouped(List<Located<T>> rows, Function<T, K> key) {
        Map<K, List<T>> groups = new LinkedHashMap<>();
        rows.forEach(r -> groups.computeIfAbsent(key.apply(r.value()), k -> new ArrayList<>()).add(r.value()));
        return groups;
    }

    boolean isMemberIn(AllianceCode alliance, OrganisationCode organisation, int year) {
        Alliance found = alliances.get(alliance);
        return found != null && found.memberships().stream().anyMatch(m -> m.organisation().equals(organisation) && m.activeIn(year));
    }

    Set<OrganisationCode> leadsOf(Alliance alliance) {
        Set<OrganisationCode> leads = new java.util.LinkedHashSet<>();
        alliance.memberships().stream().filter(m -> m.role() == Membership.Role.LEAD).forEach(m -> leads.add(m.organisation()));
        return leads;
    }
}
