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
import nl.voortgang.core.organisation.OrganisationCode;
import nl.voortgang.core.indicator.Disaggregation;
import nl.voortgang.core.indicator.IndicatorResult;
import nl.voortgang.core.progress.ProgressReport.ActivityLine;
import nl.voortgang.core.progress.ProgressReport.Breakdown;
import nl.voortgang.core.progress.ProgressReport.Gap;
import nl.voortgang.core.progress.ProgressReport.IndicatorLine;
import nl.voortgang.core.progress.ProgressReport.IndicatorYear;
import nl.voortgang.core.progress.ProgressReport.OutcomeSection;
import nl.voortgang.core.progress.ProgressReport.PartnerValue;
import nl.voortgang.core.submission.Submission;
import nl.voortgang.core.submission.SubmissionKey;
import nl.voortgang.core.submission.SubmissionKind;

/**
 * Per outcome of the theory of change: planned activities against what partners reported, and indicators,
 * target against actual, combined by each indicator's {@link Aggregation}.
 */
final class OutcomeConsolidation {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final ScopeData data;
    private final Map<ActivityCode, Reported<ActivityProgress>> progress = new HashMap<>();
    private final List<Reported<IndicatorResult>> results = new ArrayList<>();
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
    }

    List<OutcomeSection> sections() {
        return data.alliance.theoryOfChange().outcomes().stream()
                .map(o -> new OutcomeSection(o.code().value(), o.description(), activities(o), o.indicators().stream().map(this::indicator).toList()))
                .toList();
    }

    private List<ActivityLine> activities(Outcome outcome) {
        return data.alliance.activities().stream()
                .filter(a -> a.outcome().equals(outcome.code()) && data.years.contains(a.year()))
                .sorted(Comparator.comparingInt(PlannedActivity::year).thenComparing(PlannedActivity::code))
                .map(this::activity).toList();
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
        List<IndicatorYear> years = new ArrayList<>();
        for (int year : data.years) {
            List<BigDecimal> totals = own.stream().filter(r -> r.value().year() == year && r.value().isTotal())
                    .map(r -> r.value().value()).toList();
            BigDecimal actual = combine(indicator.aggregation(), totals);
            BigDecimal target = indicator.target(year).orElse(null);
            years.add(new IndicatorYear(year, target, actual, achieved(actual, target), totals.size()));
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
                .map(r -> new PartnerValue(r.value().year(), data.party(r.value().partner()), r.value().value())).toList();
        return new IndicatorLine(indicator.code().value(), indicator.description(), indicator.unit(), indicator.aggregation(),
                indicator.baseline(), indicator.baselineYear(), years, overall(indicator, years), breakdowns(indicator, own),
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

    /** For one year, that year; to date, the sum of the years (counts) or the latest year with a value (levels). */
    private IndicatorYear overall(Indicator indicator, List<IndicatorYear> years) {
        IndicatorYear last = years.get(years.size() - 1);
        if (years.size() == 1) {
            return last;
        }
        if (indicator.aggregation() == Aggregation.LEVEL) {
            return years.stream().filter(y -> y.actual() != null).reduce((a, b) -> b)
                    .map(y -> new IndicatorYear(last.year(), y.target(), y.actual(), y.achieved(), y.contributors()))
                    .orElse(new IndicatorYear(last.year(), last.target(), null, null, 0));
        }
        List<BigDecimal> actuals = years.stream().map(IndicatorYear::actual).filter(a -> a != null).toList();
        BigDecimal actual = actuals.isEmpty() ? null : actuals.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        boolean everyYearHasTarget = years.stream().allMatch(y -> y.target() != null);
        BigDecimal target = everyYearHasTarget ? years.stream().map(IndicatorYear::target).reduce(BigDecimal.ZERO, BigDecimal::add) : null;
        int contributors = years.stream().mapToInt(IndicatorYear::contributors).max().orElse(0);
        return new IndicatorYear(last.year(), target, actual, achieved(actual, target), contributors);
    }

    private List<Breakdown> breakdowns(Indicator indicator, List<Reported<IndicatorResult>> own) {
        Map<Disaggregation, List<IndicatorResult>> byCategory = new LinkedHashMap<>();
        own.stream().map(Reported::value).filter(r -> !r.isTotal())
                .sorted(Comparator.comparing((IndicatorResult r) -> r.disaggregation().dimension()).thenComparing(r -> r.disaggregation().category()))
                .forEach(r -> byCategory.computeIfAbsent(r.disaggregation(), d -> new ArrayList<>()).add(r));
        List<Breakdown> breakdowns = new ArrayList<>();
        byCategory.forEach((category, values) -> {
            List<IndicatorResult> counted = values;
            if (indicator.aggregation() == Aggregation.LEVEL) {
                int latest = values.stream().mapToInt(IndicatorResult::year).max().orElseThrow();
                counted = values.stream().filter(r -> r.year() == latest).toList();
            }
            breakdowns.add(new Breakdown(category, combine(indicator.aggregation(), counted.stream().map(IndicatorResult::value).toList()),
                    (int) counted.stream().map(IndicatorResult::partner).distinct().count()));
        });
        return breakdowns;
    }

    /** Sum for counts; unweighted mean, two decimals half-up, for levels; null without values. */
    static BigDecimal combine(Aggregation aggregation, List<BigDecimal> values) {
        if (values.isEmpty()) {
            return null;
        }
        BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return aggregation == Aggregation.SUM ? sum : sum.divide(BigDecimal.valueOf(values.size()), 2, RoundingMode.HALF_UP);
    }

    /** Actual in percent of target, one decimal half-up; null without both or with a zero target. */
    static BigDecimal achieved(BigDecimal actual, BigDecimal target) {
        if (actual == null || target == null || target.signum() == 0) {
            return null;
        }
        return actual.multiply(HUNDRED).divide(target, 1, RoundingMode.HALF_UP);
    }
}
