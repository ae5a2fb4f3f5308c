package nl.voortgang.batch.storage;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.voortgang.core.DateRange;
import nl.voortgang.core.alliance.ActivityCode;
import nl.voortgang.core.alliance.ActivityStatus;
import nl.voortgang.core.alliance.Aggregation;
import nl.voortgang.core.alliance.Alliance;
import nl.voortgang.core.alliance.AllianceCode;
import nl.voortgang.core.alliance.AllianceName;
import nl.voortgang.core.alliance.Grant;
import nl.voortgang.core.alliance.Alliances;
import nl.voortgang.core.alliance.Indicator;
import nl.voortgang.core.alliance.Disaggregation;
import nl.voortgang.core.alliance.EnglishTexts;
import nl.voortgang.core.alliance.IndicatorCode;
import nl.voortgang.core.alliance.Membership;
import nl.voortgang.core.alliance.Outcome;
import nl.voortgang.core.alliance.OutcomeCode;
import nl.voortgang.core.alliance.PlannedActivity;
import nl.voortgang.core.alliance.TheoryOfChange;
import nl.voortgang.core.money.Money;
import nl.voortgang.core.organisation.OrganisationCode;
import nl.voortgang.core.scheme.SchemeCode;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Alliances in the database, each with its names, memberships, theory of change (outcomes, indicators and
 * their targets), activity plans and grants. Saving one replaces all of that.
 */
public final class JdbcAlliances implements Alliances {

    private static final List<String> PARTS = List.of("alliance_name", "membership", "outcome", "indicator", "indicator_target",
            "indicator_category_target", "planned_activity", "alliance_grant");

    private final JdbcClient jdbc;

    public JdbcAlliances(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Alliance> find(AllianceCode code) {
        return jdbc.sql("SELECT * FROM alliance WHERE code = ?").param(code.value()).query((rs, n) -> assemble(rs)).optional();
    }

    @Override
    public List<Alliance> all() {
        return jdbc.sql("SELECT * FROM alliance ORDER BY code").query((rs, n) -> assemble(rs)).list();
    }

    private Alliance assemble(java.sql.ResultSet rs) throws java.sql.SQLException {
        String code = rs.getString("code");
        return new Alliance(AllianceCode.of(code), rs.getString("name"), rs.getString("strategic_goal"), names(code),
                SchemeCode.of(rs.getString("scheme")), new DateRange(Sql.date(rs, "start_date"), Sql.date(rs, "end_date")),
                memberships(code), new TheoryOfChange(rs.getString("long_term_goal"), outcomes(code)), activities(code), grants(code),
                english(code, rs.getString("name_en"), rs.getString("strategic_goal_en"), rs.getString("long_term_goal_en")));
    }

    /** The English texts, from the {@code *_en} columns beside the Dutch ones. */
    private EnglishTexts english(String alliance, String name, String strategicGoal, String longTermGoal) {
        Map<OutcomeCode, String> outcomes = new java.util.LinkedHashMap<>();
        jdbc.sql("SELECT code, description_en FROM outcome WHERE alliance = ? AND description_en IS NOT NULL ORDER BY position").param(alliance)
                .query(rs -> {
                    outcomes.put(OutcomeCode.of(rs.getString("code")), rs.getString("description_en"));
                });
        Map<IndicatorCode, String> indicators = new java.util.LinkedHashMap<>();
        Map<IndicatorCode, String> units = new java.util.LinkedHashMap<>();
        jdbc.sql("SELECT code, description_en, unit_en FROM indicator WHERE alliance = ? ORDER BY position").param(alliance).query(rs -> {
            IndicatorCode code = IndicatorCode.of(rs.getString("code"));
            if (rs.getString("description_en") != null) {
                indicators.put(code, rs.getString("description_en"));
            }
            if (rs.getString("unit_en") != null) {
                units.put(code, rs.getString("unit_en"));
            }
        });
        Map<ActivityCode, String> activities = new java.util.LinkedHashMap<>();
        jdbc.sql("SELECT code, description_en FROM planned_activity WHERE alliance = ? AND description_en IS NOT NULL ORDER BY plan_year, position")
                .param(alliance).query(rs -> {
                    activities.put(ActivityCode.of(rs.getString("code")), rs.getString("description_en"));
                });
        return new EnglishTexts(name, strategicGoal, longTermGoal, outcomes, indicators, units, activities);
    }

    private List<Grant> grants(String alliance) {
        return jdbc.sql("SELECT * FROM alliance_grant WHERE alliance = ? ORDER BY grant_year, partner").param(alliance)
                .query((rs, n) -> new Grant(OrganisationCode.of(rs.getString("partner")), rs.getInt("grant_year"),
                        new Money(rs.getBigDecimal("granted")), new Money(rs.getBigDecimal("advanced")), rs.getString("decision"))).list();
    }

    private List<AllianceName> names(String alliance) {
        return jdbc.sql("SELECT * FROM alliance_name WHERE alliance = ? ORDER BY position").param(alliance)
                .query((rs, n) -> new AllianceName(rs.getString("name"), AllianceName.Kind.valueOf(rs.getString("kind")))).list();
    }

    private List<Membership> memberships(String alliance) {
        return jdbc.sql("SELECT * FROM membership WHERE alliance = ? ORDER BY position").param(alliance)
                .query((rs, n) -> new Membership(OrganisationCode.of(rs.getString("organisation")),
                        Membership.Role.valueOf(rs.getString("role")), new DateRange(Sql.date(rs, "start_date"), Sql.date(rs, "end_date"))))
                .list();
    }

    private List<Outcome> outcomes(String alliance) {
        Map<String, Map<Integer, BigDecimal>> targets = new HashMap<>();
        jdbc.sql("SELECT * FROM indicator_target WHERE alliance = ?").param(alliance).query(rs -> {
            targets.computeIfAbsent(rs.getString("indicator"), i -> new TreeMap<>()).put(rs.getInt("target_year"),
                    Sql.plain(rs.getBigDecimal("target")));
        });
        Map<String, Map<Disaggregation, Map<Integer, BigDecimal>>> categoryTargets = new HashMap<>();
        jdbc.sql("SELECT * FROM indicator_category_target WHERE alliance = ? ORDER BY dimension, category").param(alliance).query(rs -> {
            categoryTargets.computeIfAbsent(rs.getString("indicator"), i -> new java.util.LinkedHashMap<>())
                    .computeIfAbsent(new Disaggregation(rs.getString("dimension"), rs.getString("category")), c -> new TreeMap<>())
                    .put(rs.getInt("target_year"), Sql.plain(rs.getBigDecimal("target")));
        });
        Map<String, List<Indicator>> indicators = new HashMap<>();
        jdbc.sql("SELECT * FROM indicator WHERE alliance = ? ORDER BY position").param(alliance).query(rs -> {
            BigDecimal baseline = rs.getBigDecimal("baseline");
            Indicator indicator = new Indicator(IndicatorCode.of(rs.getString("code")), OutcomeCode.of(rs.getString("outcome")),
                    rs.getString("description"), rs.getString("unit"), Aggregation.valueOf(rs.getString("aggregation")),
                    Sql.plain(baseline), Sql.integer(rs, "baseline_year"),
                    targets.getOrDefault(rs.getString("code"), Map.of()), categoryTargets.getOrDefault(rs.getString("code"), Map.of()));
            indicators.computeIfAbsent(rs.getString("outcome"), o -> new ArrayList<>()).add(indicator);
        });
        return jdbc.sql("SELECT * FROM outcome WHERE alliance = ? ORDER BY position").param(alliance)
                .query((rs, n) -> new Outcome(OutcomeCode.of(rs.getString("code")), rs.getString("description"),
                        indicators.getOrDefault(rs.getString("code"), List.of()))).list();
    }

    private List<PlannedActivity> activities(String alliance) {
        return jdbc.sql("SELECT * FROM planned_activity WHERE alliance = ? ORDER BY plan_year, position").param(alliance)
                .query((rs, n) -> new PlannedActivity(ActivityCode.of(rs.getString("code")), rs.getInt("plan_year"), rs.getString("description"),
                        OrganisationCode.of(rs.getString("responsible")), OutcomeCode.of(rs.getString("outcome")),
                        new DateRange(Sql.date(rs, "start_date"), Sql.date(rs, "end_date")), new Money(rs.getBigDecimal("planned_budget")),
                        ActivityStatus.valueOf(rs.getString("status")))).list();
    }

    @Override
    public void save(Alliance alliance) {
        String code = alliance.code().value();
        for (String table : PARTS) {
            jdbc.sql("DELETE FROM " + table + " WHERE alliance = ?").param(code).update();
        }
        jdbc.sql("DELETE FROM alliance WHERE code = ?").param(code).update();
        EnglishTexts english = alliance.english();
        jdbc.sql("INSERT INTO alliance (code, name, strategic_goal, long_term_goal, scheme, start_date, end_date, name_en, strategic_goal_en, "
                        + "long_term_goal_en) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(code, alliance.name(), alliance.strategicGoal(), alliance.theoryOfChange().longTermGoal(), alliance.scheme().value(),
                        alliance.partnership().start(), alliance.partnership().end(), english.name(), english.strategicGoal(),
                        english.longTermGoal()).update();
        int position = 0;
        for (AllianceName name : alliance.earlierNames()) {
            jdbc.sql("INSERT INTO alliance_name (alliance, position, name, kind) VALUES (?, ?, ?, ?)")
                    .params(code, position++, name.name(), name.kind().name()).update();
        }
        position = 0;
        for (Membership m : alliance.memberships()) {
            jdbc.sql("INSERT INTO membership (alliance, position, organisation, role, start_date, end_date) VALUES (?, ?, ?, ?, ?, ?)")
                    .params(code, position++, m.organisation().value(), m.role().name(), m.period().start(), m.period().end()).update();
        }
        saveTheoryOfChange(code, alliance.theoryOfChange(), english);
        position = 0;
        for (PlannedActivity a : alliance.activities()) {
            jdbc.sql("INSERT INTO planned_activity (alliance, code, plan_year, position, description, responsible, outcome, start_date, "
                            + "end_date, planned_budget, status, description_en) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(code, a.code().value(), a.year(), position++, a.description(), a.responsible().value(), a.outcome().value(),
                            a.period().start(), a.period().end(), a.plannedBudget().amount(), a.status().name(),
                            english.activity(a.code()).orElse(null)).update();
        }
        for (Grant g : alliance.grants()) {
            jdbc.sql("INSERT INTO alliance_grant (alliance, partner, grant_year, granted, advanced, decision) VALUES (?, ?, ?, ?, ?, ?)")
                    .params(code, g.partner().value(), g.year(), g.granted().amount(), g.advanced().amount(), g.decision()).update();
        }
    }

    private void saveTheoryOfChange(String code, TheoryOfChange toc, EnglishTexts english) {
        int outcomePosition = 0;
        int indicatorPosition = 0;
        for (Outcome outcome : toc.outcomes()) {
            jdbc.sql("INSERT INTO outcome (alliance, code, position, description, description_en) VALUES (?, ?, ?, ?, ?)")
                    .params(code, outcome.code().value(), outcomePosition++, outcome.description(), english.outcome(outcome.code()).orElse(null))
                    .update();
            for (Indicator i : outcome.indicators()) {
                jdbc.sql("INSERT INTO indicator (alliance, code, position, outcome, description, unit, aggregation, baseline, baseline_year, "
                                + "description_en, unit_en) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                        .params(code, i.code().value(), indicatorPosition++, outcome.code().value(), i.description(), i.unit(),
                                i.aggregation().name(), i.baseline(), i.baselineYear(), english.indicator(i.code()).orElse(null),
                                english.unit(i.code()).orElse(null)).update();
                for (var target : i.targets().entrySet()) {
                    jdbc.sql("INSERT INTO indicator_target (alliance, indicator, target_year, target) VALUES (?, ?, ?, ?)")
                            .params(code, i.code().value(), target.getKey(), target.getValue()).update();
                }
                for (var category : i.categoryTargets().entrySet()) {
                    for (var target : category.getValue().entrySet()) {
                        jdbc.sql("INSERT INTO indicator_category_target (alliance, indicator, dimension, category, target_year, target) "
                                        + "VALUES (?, ?, ?, ?, ?, ?)")
                                .params(code, i.code().value(), category.getKey().dimension(), category.getKey().category(), target.getKey(),
                                        target.getValue()).update();
                    }
                }
            }
        }
    }
}
