package nl.voortgang.core.indicator;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import nl.voortgang.core.PartnerFigure;
import nl.voortgang.core.alliance.AllianceCode;
import nl.voortgang.core.alliance.Disaggregation;
import nl.voortgang.core.alliance.IndicatorCode;
import nl.voortgang.core.organisation.OrganisationCode;

/**
 * A partner's measured value of an indicator for a year: the total, or one category of a breakdown.
 *
 * @param disaggregation null for the total
 * @param numerator      for a ratio, the number of people or things counted in the value (52 of 104); null otherwise
 * @param denominator    for a ratio, the number it is a share of (104); null otherwise
 */
public record IndicatorResult(
        AllianceCode alliance,
        OrganisationCode partner,
        int year,
        IndicatorCode indicator,
        BigDecimal value,
        Disaggregation disaggregation,
        String explanation,
        BigDecimal numerator,
        BigDecimal denominator) implements PartnerFigure {

    public IndicatorResult {
        Objects.requireNonNull(alliance, "alliance");
        Objects.requireNonNull(partner, "partner");
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(value, "value");
        if ((numerator == null) != (denominator == null)) {
            throw new IllegalArgumentException("a ratio has both a numerator and a denominator, or neither");
        }
    }

    /** A value that is no ratio. */
    public IndicatorResult(AllianceCode alliance, OrganisationCode partner, int year, IndicatorCode indicator, BigDecimal value,
                           Disaggregation disaggregation, String explanation) {
        this(alliance, partner, year, indicator, value, disaggregation, explanation, null, null);
    }

    /** Whether the value comes with its numerator and denominator. */
    public boolean hasRatio() {
        return denominator != null;
    }

    public boolean isTotal() {
        return disaggregation == null;
    }

    public Optional<Disaggregation> breakdown() {
        return Optional.ofNullable(disaggregation);
    }
}
