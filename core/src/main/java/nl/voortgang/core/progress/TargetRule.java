package nl.voortgang.core.progress;

import java.math.BigDecimal;
import nl.voortgang.core.alliance.Aggregation;
import nl.voortgang.core.indicator.Ratio;

/**
 * How a result is judged against its target, the same for every indicator, and said in the report:
 * <ul>
 *   <li><b>Direction.</b> Higher is better, unless the target lies below the baseline (fewer drop-outs): then lower is.</li>
 *   <li><b>On track</b> when the result reaches the year's target in that direction; <b>behind</b> when it does not; no
 *       judgement without a target or without a result.</li>
 *   <li><b>Achieved</b>: the result in percent of the target, one decimal half-up.</li>
 *   <li><b>Progress from the baseline</b>, for levels and ratios with a baseline: (result − baseline) / (target − baseline)
 *       in percent, one decimal half-up; 100% is the target reached, 0% no change, below 0% a step back. A count has
 *       none: its yearly value is new work, not a change of a level, so its achieved percentage says it.</li>
 * </ul>
 */
final class TargetRule {

    private final Aggregation aggregation;
    private final BigDecimal baseline;

    TargetRule(Aggregation aggregation, BigDecimal baseline) {
        this.aggregation = aggregation;
        this.baseline = baseline;
    }

    /** Whether lower results are better: the target lies below the baseline. */
    private boolean lowerIsBetter(BigDecimal target) {
        return aggregation != Aggregation.SUM && baseline != null && target != null && target.compareTo(baseline) < 0;
    }

    /** On track or behind against a target; null without a target or a result. */
    Judgement judge(BigDecimal actual, BigDecimal target) {
        if (actual == null || target == null) {
            return null;
        }
        int comparison = actual.compareTo(target);
        boolean reached = lowerIsBetter(target) ? comparison <= 0 : comparison >= 0;
        return reached ? Judgement.ON_TRACK : Judgement.BEHIND;
    }

    /** Actual in percent of target, one decimal half-up; null without both or with a zero target. */
    private static BigDecimal achieved(BigDecimal actual, BigDecimal target) {
        if (actual == null || target == null || target.signum() == 0) {
            return null;
        }
        return Ratio.percentage(actual, target, 1);
    }

    /** Progress from the baseline towards the target in percent; null for a count, or without a baseline, target or result. */
    BigDecimal progress(BigDecimal actual, BigDecimal target) {
        if (aggregation == Aggregation.SUM || baseline == null || actual == null || target == null || target.compareTo(baseline) == 0) {
            return null;
        }
        return Ratio.percentage(actual.subtract(baseline), target.subtract(baseline), 1);
    }

    ProgressReport.IndicatorYear year(int year, BigDecimal target, BigDecimal actual, int contributors, BigDecimal numerator, BigDecimal denominator) {
        return new ProgressReport.IndicatorYear(year, target, actual, achieved(actual, target), contributors, progress(actual, target),
                judge(actual, target), numerator, denominator);
    }
}
