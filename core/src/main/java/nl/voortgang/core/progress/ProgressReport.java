package nl.voortgang.core.progress;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.voortgang.core.DateRange;
import nl.voortgang.core.alliance.ActivityStatus;
import nl.voortgang.core.alliance.Aggregation;
import nl.voortgang.core.alliance.AllianceCode;
import nl.voortgang.core.alliance.EnglishTexts;
import nl.voortgang.core.review.ReviewState;
import nl.voortgang.core.alliance.AllianceName;
import nl.voortgang.core.budget.CostCategory;
import nl.voortgang.core.budget.Deviation;
import nl.voortgang.core.alliance.Disaggregation;
import nl.voortgang.core.money.Money;
import nl.voortgang.core.scheme.Tolerance;
import nl.voortgang.core.submission.SubmissionKind;
import nl.voortgang.core.submission.Timeliness;

/**
 * The read model of a consolidated progress report (voortgangsrapportage) for the ministry: everything a
 * reviewer must find without a calculator, each figure with the submissions it came from ({@link Source#ref()}).
 *
 * @param asOf        the moment of the newest submission used: the data's as-of moment (null without any)
 * @param generatedAt when the report was made
 * @param english     the English of the alliance's own words, where the reference data gives it
 * @param submitted   who submitted this report to the ministry, and when; null for a report that was not submitted as such
 * @param cycle       the accountability cycle around the report: the lead's submissions, the ministry's assessments, and
 *                    what differs from the report submitted for its year
 */
public record ProgressReport(
        ReportScope scope,
        Cover cover,
        KeyFigures keyFigures,
        Strategy strategy,
        List<OutcomeSection> outcomes,
        Finances finances,
        Subsidy subsidy,
        List<DeadlineLine> deadlines,
        List<Source> sources,
        Instant asOf,
        Instant generatedAt,
        English english,
        Submitted submitted,
        Cycle cycle) {

    public ProgressReport {
        outcomes = List.copyOf(outcomes);
        deadlines = List.copyOf(deadlines);
        sources = List.copyOf(sources);
        english = english == null ? English.NONE : english;
        cycle = cycle == null ? Cycle.NONE : cycle;
    }

    /** Without English texts. */
    public ProgressReport(ReportScope scope, Cover cover, KeyFigures keyFigures, Strategy strategy, List<OutcomeSection> outcomes,
            Finances finances, Subsidy subsidy, List<DeadlineLine> deadlines, List<Source> sources, Instant asOf, Instant generatedAt) {
        this(scope, cover, keyFigures, strategy, outcomes, finances, subsidy, deadlines, sources, asOf, generatedAt, English.NONE, null, Cycle.NONE);
    }

    /** Not submitted as such. */
    public ProgressReport(ReportScope scope, Cover cover, KeyFigures keyFigures, Strategy strategy, List<OutcomeSection> outcomes,
            Finances finances, Subsidy subsidy, List<DeadlineLine> deadlines, List<Source> sources, Instant asOf, Instant generatedAt,
            English english) {
        this(scope, cover, keyFigures, strategy, outcomes, finances, subsidy, deadlines, sources, asOf, generatedAt, english, null, Cycle.NONE);
    }

    /** This report as the one submitted to the ministry by {@code by} at {@code at}. */
    public ProgressReport asSubmittedBy(String by, Instant at) {
        return new ProgressReport(scope, cover, keyFigures, strategy, outcomes, finances, subsidy, deadlines, sources, asOf, generatedAt, english,
                new Submitted(by, at), cycle);
    }

    /** This report with the accountability cycle around it. */
    public ProgressReport withCycle(Cycle around) {
        return new ProgressReport(scope, cover, keyFigures, strategy, outcomes, finances, subsidy, deadlines, sources, asOf, generatedAt, english,
                submitted, around);
    }

    /** Who submitted the report to the ministry, and when. */
    public record Submitted(String by, Instant at) {
    }

    /**
     * The English of the report's own words, for a report in English: the alliance's (name, goals, outcomes, indicators,
     * units, activities), the scheme's name and the ministry's; null or absent where the reference data has none.
     */
    public record English(EnglishTexts alliance, String schemeName, String ministryName) {

        public static final English NONE = new English(EnglishTexts.NONE, null, null);

        public English {
            alliance = alliance == null ? EnglishTexts.NONE : alliance;
        }
    }

    /** The years the report covers, in order. */
    public List<Integer> years() {
        return finances.perYear().stream().map(YearSpending::year).toList();
    }

    public record Cover(
            AllianceCode alliance,
            String allianceName,
            List<AllianceName> earlierNames,
            String schemeName,
            PartyRef ministry,
            DateRange partnership,
            PartyRef lead,
            List<PartyRef> partners) {

        public Cover {
            earlierNames = List.copyOf(earlierNames);
            partners = List.copyOf(partners);
        }
    }

    /** What a reviewer looks for first. */
    public record KeyFigures(
            Money definitiveBudget,
            Money realised,
            BigDecimal realisedPercentage,
            int deviationsBeyondTolerance,
            int activitiesPlanned,
            int activitiesCompleted,
            int activitiesPostponedOrCancelled,
            int indicatorsWithTarget,
            int indicatorsOnTarget,
            int submissionsOnTime,
            int submissionsLate,
            int submissionsMissing) {

        public Optional<BigDecimal> realisedShare() {
            return Optional.ofNullable(realisedPercentage);
        }
    }

    public record Strategy(String strategicGoal, String longTermGoal, List<OutcomeSummary> outcomes) {

        public Strategy {
            outcomes = List.copyOf(outcomes);
        }
    }

    /** An outcome of the theory of change, by its code. */
    public record OutcomeSummary(String code, String description) {
    }

    public record OutcomeSection(String code, String description, List<ActivityLine> activities, List<IndicatorLine> indicators,
                                 List<Story> stories) {

        public OutcomeSection {
            activities = List.copyOf(activities);
            indicators = List.copyOf(indicators);
            stories = List.copyOf(stories);
        }
    }

    /**
     * What a partner told in words (its narrative file) about one of the outcome's activities, or about its part in
     * the outcome; texts it left empty are {@code null}.
     *
     * @param activity the activity's code and description, or {@code null} when the story is about the outcome
     * @param source   the number of the narrative file in appendix A
     */
    public record Story(int year, PartyRef partner, String activity, String activityDescription, String done, String results,
                        String lessons, String differences, int source) {

        public boolean aboutTheOutcome() {
            return activity == null;
        }
    }

    /**
     * A planned activity against what was reported about it.
     *
     * @param status      the reported status, or the plan's when nothing was reported
     * @param reported    whether the responsible partner reported on it
     * @param explanation the partner's explanation of the difference from the plan
     * @param source      the reference of the submission it came from; null when not reported
     */
    public record ActivityLine(
            String code,
            int year,
            String description,
            PartyRef responsible,
            DateRange plannedPeriod,
            Money plannedBudget,
            ActivityStatus plannedStatus,
            ActivityStatus status,
            boolean reported,
            LocalDate completedOn,
            String explanation,
            Integer source) {
    }

    /**
     * An indicator: per year its target and actual, and for the report as a whole (the last year, or to date).
     *
     * @param contributors how many partners' values make up the actual
     */
    public record IndicatorLine(
            String code,
            String description,
            String unit,
            Aggregation aggregation,
            BigDecimal baseline,
            Integer baselineYear,
            List<IndicatorYear> years,
            IndicatorYear overall,
            List<Breakdown> breakdowns,
            List<String> explanations,
            List<Integer> sources,
            List<PartnerValue> perPartner,
            List<Gap> gaps) {

        public IndicatorLine {
            years = List.copyOf(years);
            breakdowns = List.copyOf(breakdowns);
            explanations = List.copyOf(explanations);
            sources = List.copyOf(sources);
            perPartner = List.copyOf(perPartner);
            gaps = List.copyOf(gaps);
        }
    }

    /**
     * An indicator's figures for one year, or for the report as a whole; judged by the rule of {@code TargetRule},
     * which {@code docs/reports.md} states.
     *
     * @param target      null when none was set: no target is ever invented
     * @param actual      null when no partner reported
     * @param achieved    actual in percent of target, one decimal; null without both
     * @param progress    progress from the baseline towards the target in percent, one decimal (levels and ratios with
     *                    a baseline); null otherwise
     * @param judgement   on track or behind; null without a target or a result
     * @param numerator   for a ratio, the sum of the partners' numerators; null otherwise
     * @param denominator for a ratio, the sum of the partners' denominators; null otherwise
     */
    public record IndicatorYear(int year, BigDecimal target, BigDecimal actual, BigDecimal achieved, int contributors, BigDecimal progress,
                                Judgement judgement, BigDecimal numerator, BigDecimal denominator) {

        public boolean onTarget() {
            return judgement == Judgement.ON_TRACK;
        }
    }

    /** One partner's total for an indicator in one year, as it reported it; for a ratio with its numerator and denominator. */
    public record PartnerValue(int year, PartyRef partner, BigDecimal value, BigDecimal numerator, BigDecimal denominator) {
    }

    /**
     * A partner missing from a year's total that reported on the indicator the year before: the total of that year
     * is lower for it, and the report says so next to the total.
     */
    public record Gap(int year, PartyRef partner) {
    }

    /**
     * An indicator's value for one category of a breakdown (for the report as a whole), against the category's target
     * where the indicator list gives one.
     *
     * @param target    the category's target for the report (to date: as for the total); null when none was set
     * @param judgement on track or behind against that target; null without one
     */
    public record Breakdown(Disaggregation disaggregation, BigDecimal actual, int contributors, BigDecimal target, Judgement judgement) {
    }

    /** Definitive budget, realised spending and what the variance rule found; its figures for the whole report. */
    /**
     * The subsidy against what was spent, per partner over the report's years and for the alliance: granted (the
     * decisions), advanced, the realised costs, the parts of them paid by the partner itself and by third parties, what
     * remains to be charged to the subsidy (realised minus those contributions), and what is left of the grant.
     *
     * @param partnership      the grants of every year of the partnership recorded so far, for the whole alliance
     * @param withoutDecision  members without a recorded grant for a year of the report
     */
    public record Subsidy(List<GrantLine> partners, GrantLine total, Money partnership, List<MissingGrant> withoutDecision) {

        public Subsidy {
            partners = List.copyOf(partners);
            withoutDecision = List.copyOf(withoutDecision);
        }

        /** Whether any grant is recorded for the report's years; without one the section says so and shows no table. */
        public boolean anyGranted() {
            return !total.granted().isZero() || partners.stream().anyMatch(p -> p.decisions() > 0);
        }
    }

    /**
     * One partner's (or, with a null partner, the alliance's) subsidy account over the report's years.
     *
     * @param charged         realised costs minus own and third-party contributions: what the subsidy pays for
     * @param remaining       granted minus charged; negative when more was spent than granted
     * @param percentageSpent charged as a percentage of granted, one decimal; null when nothing was granted
     * @param decisions       how many grant decisions (years) are recorded
     * @param sources         the reference numbers of the expenditure files used
     */
    public record GrantLine(PartyRef partner, Money granted, Money advanced, Money realised, Money ownContribution,
                            Money thirdPartyContribution, Money charged, Money remaining, java.math.BigDecimal percentageSpent,
                            int decisions, List<Integer> sources) {

        public GrantLine {
            sources = List.copyOf(sources);
        }
    }

    /** A member without a recorded grant for a year of the report. */
    public record MissingGrant(PartyRef partner, int year) {
    }

    public record Finances(
            Tolerance tolerance,
            List<FinanceLine> lines,
            List<FinanceTotal> perPartner,
            List<FinanceTotal> perCategory,
            List<YearSpending> perYear,
            FinanceTotal total,
            List<MissingBudget> missingBudgets) {

        public Finances {
            lines = List.copyOf(lines);
            perPartner = List.copyOf(perPartner);
            perCategory = List.copyOf(perCategory);
            perYear = List.copyOf(perYear);
            missingBudgets = List.copyOf(missingBudgets);
        }

        public List<FinanceLine> beyondTolerance() {
            return lines.stream().filter(l -> l.deviation() != null && l.deviation().beyondTolerance()).toList();
        }
    }

    /**
     * One partner, year and cost category.
     *
     * @param budget    the definitive budget; null when the partner has no definitive budget for the year
     * @param deviation what the variance rule found; null without a definitive budget
     * @param sources   references of the budget and expenditure submissions used
     */
    public record FinanceLine(
            PartyRef partner,
            int year,
            CostCategory category,
            Money budget,
            Money realised,
            Deviation deviation,
            List<String> explanations,
            List<Integer> sources,
            Money originalBudget,
            Integer originalVersion) {

        /** A line whose budget was not revised. */
        public FinanceLine(PartyRef partner, int year, CostCategory category, Money budget, Money realised, Deviation deviation,
                List<String> explanations, List<Integer> sources) {
            this(partner, year, category, budget, realised, deviation, explanations, sources, null, null);
        }

        /** Whether a later definitive budget changed this line: then {@link #originalBudget} is the first one's amount. */
        public boolean revised() {
            return originalBudget != null;
        }

        public FinanceLine {
            explanations = List.copyOf(explanations);
            sources = List.copyOf(sources);
        }
    }

    /**
     * A subtotal per partner or per category, or (with neither) the grand total.
     *
     * @param percentage the difference in percent of the budget; null when the budget is zero
     */
    public record FinanceTotal(PartyRef partner, CostCategory category, Money budget, Money realised, Money difference,
                               BigDecimal percentage) {
    }

    public record YearSpending(int year, Money budget, Money realised) {
    }

    /** A partner that was a member in a year but has no definitive budget for it. */
    public record MissingBudget(PartyRef partner, int year) {
    }

    /**
     * Whether a partner's submission came in on time.
     *
     * @param received when the first version arrived; null when none has
     */
    /**
     * @param received        when the version that counts for the deadline arrived: the first one (for a budget, the first
     *                        definitive one); a later correction does not make a submission late
     * @param receivedVersion that version's number
     * @param source          the reference number of the current version, where the report's figures come from
     * @param sourceVersion   that version's number
     * @param receivedOnADay  whether only the day of receipt is known (the file's name gave it), not the time
     */
    public record DeadlineLine(PartyRef partner, SubmissionKind kind, int year, LocalDate due, boolean dueBefore, Timeliness status,
                               Instant received, Integer receivedVersion, Integer source, Integer sourceVersion, boolean receivedOnADay) {

        /** Whether the version whose arrival counts for the deadline is not the one the report's figures come from. */
        public boolean receivedAnEarlierVersion() {
            return receivedVersion != null && sourceVersion != null && !receivedVersion.equals(sourceVersion);
        }
    }

    /** A submission used in the report, with the reference number that figures point to. */
    public record Source(
            int ref,
            PartyRef partner,
            SubmissionKind kind,
            int year,
            int version,
            int versions,
            String fileName,
            String checksum,
            Instant receivedAt,
            String submittedBy,
            long rows,
            boolean receivedOnADay,
            ReviewState review,
            String reviewedBy) {

        public Source {
            review = review == null ? ReviewState.RECEIVED : review;
        }

        /** Not reviewed yet. */
        public Source(int ref, PartyRef partner, SubmissionKind kind, int year, int version, int versions, String fileName, String checksum,
                      Instant receivedAt, String submittedBy, long rows, boolean receivedOnADay) {
            this(ref, partner, kind, year, version, versions, fileName, checksum, receivedAt, submittedBy, rows, receivedOnADay,
                    ReviewState.RECEIVED, null);
        }
    }
}
