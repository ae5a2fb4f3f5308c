package nl.voortgang.core.indicator;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import nl.voortgang.core.PartnerFigure;
import nl.voortgang.core.alliance.AllianceCode;
import nl.voortgang.core.alliance.IndicatorCode;
import nl.voortgang.core.organisation.OrganisationCode;

/**
 * A partner's measured value of an indicator for a year: the total, or one category of a breakdown.
 *
 * @param disaggregation null for the total
 */
public record IndicatorResult(
        AllianceCode alliance,
        OrganisationCode partner,
        int year,
        IndicatorCode indicator,
        BigDecimal value,
        Disaggregation disaggregation,
        String explanation) implements PartnerFigure {

    public IndicatorResult {
        Objects.requireNonNull(alliance, "alliance");
        Objects.requireNonNull(partner, "partner");
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(value, "value");
    }

    public boolean isTotal() {
        return disaggregation == null;
    }

    public Optional<Disaggregation> breakdown() {
        return Optional.ofNullable(disaggregation);
    }
}
