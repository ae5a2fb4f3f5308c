package nl.voortgang.core.progress;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.voortgang.core.alliance.ActivityCode;
import nl.voortgang.core.activity.ActivityProgress;
import nl.voortgang.core.alliance.PlannedActivity;
import nl.voortgang.core.alliance.Aggregation;
import nl.voortgang.core.alliance.Indicator;
import nl.voortgang.core.alliance.Outcome;
import nl.voortgang.core.alliance.OutcomeCode;
import nl.voortgang.core.narrative.Narrative;
import nl.voortgang.core.organisation.OrganisationCode;
import nl.voortgang.core.alliance.Disaggregation;
import nl.voortgang.core.indicator.IndicatorResult;
import nl.voortgang.core.indicator.Ratio;
import nl.voortgang.core.progress.ProgressReport.ActivityLine;
import nl.voortgang.core.progress.ProgressReport.Breakdown;
import nl.voortgang.core.progress.ProgressReport.Gap;
import nl.voortgang.core.progress.ProgressReport.IndicatorLine;
import nl.voortgang.core.progress.ProgressReport.IndicatorYear;
import nl.voortgang.core.progress.ProgressReport.OutcomeSection;
import nl.voortgang.core.progress.ProgressReport.PartnerValue;
import nl.voortgang.core.progress.ProgressReport.Story;
import nl.voortgang.core.submission.Submission;
import nl.voortgang.core.submission.SubmissionKey;
import nl.voortgang.core.submission.SubmissionKind;

/**
 * Per outcome of the theory of change: planned activities against what partners reported, and indicators,
 * target against actual, combined by each indicator's {@link Aggregation}.
 */
final class OutcomeConsolidation {

    private final ScopeData data;
    private final Map<ActivityCode, Reported<ActivityProgress>> progress = new HashMap<>();
    private final List<Reported<IndicatorResult>> results = new ArrayList<>();
    private final List<Reported<Narrative>> narratives = new ArrayList<>();
    /** Results of years before the report, read once per partner and year. */
    private final Map<SubmissionKey, List<IndicatorResult>> earlier = new HashMap<>();

    private record Reported<T>(T value, Submission submission) {
    }

    OutcomeConsolidation(ScopeData data) {
        this.data = data;
        for (Submission submission : data.used(SubmissionKind.ACTIVITY_PROGRESS)) {
            data.submissions.activityProgress(submission.id()).forEach(p -> progress.put(p.activity(), new Reported<>(p, submission)));
        }
        for (Submission submission : data.used(SubmissionKind.INDICATOR_RESULTS)) {
            data.submissions.indicatorResults(submission.id()).forEach(r -> results.add(new Reported<>(r, submission)));
        }
        for (Submission submission : data.used(SubmissionKind.NARRATIVE)) {
            data.submissions.narratives(submission.id()).forEach(n -> narratives.add(new Reported<>(n, submission)));
        }
    }

    List<OutcomeSection> sections() {
        return data.alliance.theoryOfChange().outcomes().stream()
                .map(o -> new OutcomeSection(o.code().value(), o.description(), activities(o), o.indicators().stream().map(this::indicator).toList(),
                        stories(o)))
                .toList();
    }

    private List<ActivityLine> activities(Outcome outcome) {
        return activities(outcome.code()).stream().map(this::activity).toList();
    }

    private List<PlannedActivity> activities(OutcomeCode outcome) {
        return data.alliance.activities().stream()
                .filter(a -> a.outcome().equals(outcome) && data.years.contains(a.year()))
                .sorted(Comparator.comparingInt(PlannedActivity::year).thenComparing(PlannedActivity::code))
                .toList();
    }

    /**
     * The stories of the outcome: first those about its activities, in the order of the activity table, then those
     * about the outcome itself, by year and partner. A subject is an activity when the year's plan has it, else the
     * outcome.
     */
    private List<Story> stories(Outcome outcome) {
        List<Story> stories = new ArrayList<>();
        for (PlannedActivity planned : activities(outcome.code())) {
            narratives.stream().filter(n -> n.value().year() == planned.year() && n.value().subject().equals(planned.code().value()))
                    .forEach(n -> stories.add(story(n, planned)));
        }
        narratives.stream()
                .filter(n -> n.value().subject().equals(outcome.code().value())
                        && data.alliance.activity(ActivityCode.of(n.value().subject())).isEmpty())
                .sorted(Comparator.comparingInt((Reported<Narrative> n) -> n.value().year()).thenComparing(n -> n.value().partner()))
                .forEach(n -> stories.add(story(n, null)));
        return stories;
    }

    private Story story(Reported<Narrative> reported, PlannedActivity planned) {
        Narrative n = reported.value();
        return new Story(n.year(), data.party(n.partner()), planned == null ? null : planned.code().value(),
                planned == null ? null : planned.description(), n.done(), n.results(), n.lessons(), n.differences(), data.ref(reported.submission()));
    }

    private ActivityLine activity(PlannedActivity planned) {
        Reported<ActivityProgress> reported = progress.get(planned.code());
        boolean isReported = reported != null && reported.value().year() == planned.year();
        ActivityProgress p = isReported ? reported.value() : null;
        return new ActivityLine(planned.code().value(), planned.year(), planned.description(), data.party(planned.responsible()),
                planned.period(), planned.plannedBudget(), planned.status(), isReported ? p.status() : planned.status(), isReported,
                isReported ? p.completedOn() : null, isReported ? p.explanation() : null, isReported ? data.ref(reported.submission()) : null);
    }

    private IndicatorLine indicator(Indicator indicator) {
        List<Reported<IndicatorResult>> own = results.stream().filter(r -> r.value().indicator().equals(indicator.code())).toList();
        TargetRule rule = new TargetRule(indicator.aggregation(), indicator.baseline());
        List<IndicatorYear> years = new ArrayList<>();
        for (int year : data.years) {
            List<IndicatorResult> totals = own.stream().map(Reported::value).filter(r -> r.year() == year && r.isTotal()).toList();
            Combined combined = combine(indicator.aggregation(), totals);
            years.add(rule.year(year, indicator.target(year).orElse(null), combined.value(), totals.size(), combined.numerator(), combined.denominator()));
        }
        Set<String> explanations = new LinkedHashSet<>();
        Set<Integer> sources = new TreeSet<>();
        own.forEach(r -> {
            sources.add(data.ref(r.submission()));
            if (r.value().explanation() != null) {
                explanations.add(data.party(r.value().partner()).name() + " (" + r.value().year() + "): " + r.value().explanation());
            }
        });
        List<PartnerValue> perPartner = own.stream().filter(r -> r.value().isTotal())
                .sorted(Comparator.comparingInt((Reported<IndicatorResult> r) -> r.value().year()).thenComparing(r -> r.value().partner()))
                .map(r -> new PartnerValue(r.value().year(), data.party(r.value().partner()), r.value().value(), r.value().numerator(),
                        r.value().denominator())).toList();
        return new IndicatorLine(indicator.code().value(), indicator.description(), indicator.unit(), indicator.aggregation(),
                indicator.baseline(), indicator.baselineYear(), years, overall(indicator, rule, years), breakdowns(indicator, rule, own),
                List.copyOf(explanations), List.copyOf(sources), perPartner, gaps(indicator));
    }

    /**
     * The members that reported a total for the indicator the year before a report year (in the report or before
     * it) but not in that year, while still members: that year's total lacks them.
     */
    private List<Gap> gaps(Indicator indicator) {
        List<Gap> gaps = new ArrayList<>();
        for (int year : data.years) {
            Set<OrganisationCode> now = reporters(indicator, year);
            for (OrganisationCode partner : reporters(indicator, year - 1)) {
                if (!now.contains(partner) && data.alliance.isMemberIn(partner, year)) {
                    gaps.add(new Gap(year, data.party(partner)));
                }
            }
        }
        return gaps;
    }

    /** Who reported a total for the indicator in a year; a year before the report is read from the store. */
    private Set<OrganisationCode> reporters(Indicator indicator, int year) {
        Set<OrganisationCode> reporters = new TreeSet<>();
        if (data.years.contains(year)) {
            results.stream().filter(r -> r.value().year() == year && r.value().isTotal() && r.value().indicator().equals(indicator.code()))
                    .forEach(r -> reporters.add(r.value().partner()));
            return reporters;
        }
        for (OrganisationCode member : data.alliance.membersIn(year)) {
            earlier.computeIfAbsent(new SubmissionKey(data.alliance.code(), member, year, SubmissionKind.INDICATOR_RESULTS),
                            k -> data.currentInAnyYear(member, year, SubmissionKind.INDICATOR_RESULTS)
                            .map(s -> data.submissions.indicatorResults(s.id())).orElse(List.of()))
                    .stream().filter(r -> r.isTotal() && r.indicator().equals(indicator.code())).forEach(r -> reporters.add(r.partner()));
        }
        return reporters;
    }

    /**
     * For one year, that year; to date, the sum of the years (counts) or the latest year with a value (levels and
     * ratios).
     */
    private IndicatorYear overall(Indicator indicator, TargetRule rule, List<IndicatorYear> years) {
        IndicatorYear last = years.get(years.size() - 1);
        if (years.size() == 1) {
            return last;
        }
        if (indicator.aggregation() != Aggregation.SUM) {
            return years.stream().filter(y -> y.actual() != null).reduce((a, b) -> b)
                    .map(y -> rule.year(last.year(), y.target(), y.actual(), y.contributors(), y.numerator(), y.denominator()))
                    .orElse(rule.year(last.year(), last.target(), null, 0, null, null));
        }
        List<BigDecimal> actuals = years.stream().map(IndicatorYear::actual).filter(a -> a != null).toList();
        BigDecimal actual = actuals.isEmpty() ? null : actuals.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        boolean everyYearHasTarget = years.stream().allMatch(y -> y.target() != null);
        BigDecimal target = everyYearHasTarget ? years.stream().map(IndicatorYear::target).reduce(BigDecimal.ZERO, BigDecimal::add) : null;
        int contributors = years.stream().mapToInt(IndicatorYear::contributors).max().orElse(0);
        return rule.year(last.year(), target, actual, contributors, null, null);
    }

    private List<Breakdown> breakdowns(Indicator indicator, TargetRule rule, List<Reported<IndicatorResult>> own) {
        Map<Disaggregation, List<IndicatorResult>> byCategory = new LinkedHashMap<>();
        own.stream().map(Reported::value).filter(r -> !r.isTotal())
                .sorted(Comparator.comparing((IndicatorResult r) -> r.disaggregation().dimension()).thenComparing(r -> r.disaggregation().category()))
                .forEach(r -> byCategory.computeIfAbsent(r.disaggregation(), d -> new ArrayList<>()).add(r));
        List<Breakdown> breakdowns = new ArrayList<>();
        byCategory.forEach((category, values) -> {
            List<IndicatorResult> counted = values;
            BigDecimal target = indicator.categoryTarget(category, data.years);
            if (indicator.aggregation() != Aggregation.SUM) {
                int latest = values.stream().mapToInt(IndicatorResult::year).max().orElseThrow();
                counted = values.stream().filter(r -> r.year() == latest).toList();
                target = indicator.categoryTarget(category, List.of(latest));
            }
            BigDecimal actual = combine(indicator.aggregation(), counted).value();
            breakdowns.add(new Breakdown(category, actual, (int) counted.stream().map(IndicatorResult::partner).distinct().count(), target,
                    rule.judge(actual, target)));
        });
        return breakdowns;
    }

    /** A combined value; for a ratio with the sums of numerators and denominators it was made of. */
    record Combined(BigDecimal value, BigDecimal numerator, BigDecimal denominator) {
    }

    /**
     * Counts are summed; levels are the unweighted mean, two decimals half-up; ratios are the sum of the numerators over
     * the sum of the denominators, in percent, one decimal half-up. Nothing without values.
     */
    static Combined combine(Aggregation aggregation, List<IndicatorResult> results) {
        if (results.isEmpty()) {
            return new Combined(null, null, null);
        }
        BigDecimal sum = results.stream().map(IndicatorResult::value).reduce(BigDecimal.ZERO, BigDecimal::add);
        return switch (aggregation) {
            case SUM -> new Combined(sum, null, null);
            case LEVEL -> new Combined(sum.divide(BigDecimal.valueOf(results.size()), 2, RoundingMode.HALF_UP), null, null);
            case RATIO -> {
                BigDecimal numerator = results.stream().map(IndicatorResult::numerator).reduce(BigDecimal.ZERO, BigDecimal::add);
                BigDecimal denominator = results.stream().map(IndicatorResult::denominator).reduce(BigDecimal.ZERO, BigDecimal::add);
                yield new Combined(Ratio.percentage(numerator, denominator, 1), numerator.stripTrailingZeros(), denominator.stripTrailingZeros());
            }
        };
    }
}
