package nl.voortgang.core.submission;

import java.util.Arrays;
import nl.voortgang.core.alliance.Aggregation;
import nl.voortgang.core.alliance.IndicatorCode;
import nl.voortgang.core.money.DutchFormat;
import nl.voortgang.core.csv.ProblemCode;
import nl.voortgang.core.alliance.Disaggregation;
import nl.voortgang.core.indicator.IndicatorResult;

/**
 * A partner's measured indicator values in one year: every indicator belongs to the alliance's theory of change,
 * with one value per breakdown (and one total).
 */
public final class IndicatorFile {

    public static final KindDescriptor<IndicatorResult> DESCRIPTOR = new KindDescriptor<>(SubmissionKind.INDICATOR_RESULTS,
            PartnerFormats.INDICATOR_RESULTS, IndicatorResult.class,
            RowStorage.<IndicatorResult>table("indicator_result")
                    .text("indicator", r -> r.indicator().value())
                    .decimal("result_value", IndicatorResult::value)
                    .text("dimension", r -> r.disaggregation() == null ? null : r.disaggregation().dimension())
                    .text("category", r -> r.disaggregation() == null ? null : r.disaggregation().category())
                    .text("explanation", IndicatorResult::explanation)
                    .decimal("numerator", IndicatorResult::numerator)
                    .decimal("denominator", IndicatorResult::denominator)
                    .assembledBy((key, v) -> new IndicatorResult(key.alliance(), key.partner(), key.year(), IndicatorCode.of(v.text("indicator")),
                            v.decimal("result_value"), v.text("dimension") == null ? null : new Disaggregation(v.text("dimension"), v.text("category")),
                            v.text("explanation"), v.decimal("numerator"), v.decimal("denominator"))),
            Checks::new);

    private IndicatorFile() {
    }

    private static final class Checks implements KindChecks<IndicatorResult> {

        private final CheckContext file;
        private final DutchFormat numbers = DutchFormat.dutch();
        private final BreakdownSums sums = new BreakdownSums();

        Checks(CheckContext file) {
            this.file = file;
        }

        @Override
        public void row(long line, IndicatorResult result) {
            String column = PartnerFormats.INDICATOR.name();
            String code = result.indicator().value();
            var indicator = file.alliance().theoryOfChange().indicator(result.indicator());
            if (indicator.isEmpty()) {
                file.error(ProblemCode.UNKNOWN_INDICATOR, line, column, code,
                        "Indicator " + code + " hoort niet bij de theory of change van " + file.alliance().code() + ".",
                        "Gebruik de code van een indicator van " + file.alliance().code() + ".");
                return;
            }
            String what = result.breakdown().map(d -> " (" + d + ")").orElse(" (totaal)");
            if (indicator.get().aggregation() == Aggregation.RATIO && !result.hasRatio()) {
                file.error(ProblemCode.RATIO_REQUIRED, line, PartnerFormats.DENOMINATOR.name(), "",
                        "Indicator " + code + what + " is een verhouding (" + indicator.get().unit() + "): de regel heeft een teller en een noemer nodig.",
                        "Geef in 'teller' het aantal dat meetelt en in 'noemer' het aantal waarvan het een deel is (52 van 104 deelnemers); "
                                + "zo tellen de partners samen als één verhouding op, niet als een gemiddelde.");
            }
            if (file.once(line, Arrays.asList(result.indicator(), result.disaggregation()), column, code,
                    "Indicator " + code + what + " staat al op regel %d.", "Geef elke indicator één waarde per uitsplitsing.")) {
                sums.add(line, result);
            }
        }

        /** A count's breakdowns add up to its total: more is surely wrong, less may be meant (unknown, other); both are said. */
        @Override
        public void finish() {
            sums.each((indicator, total, dimension) -> {
                var found = file.alliance().theoryOfChange().indicator(indicator);
                if (found.isEmpty() || found.get().aggregation() != Aggregation.SUM || total.value() == null) {
                    return;
                }
                int comparison = dimension.sum().compareTo(total.value());
                String column = PartnerFormats.VALUE.name();
                String parts = "De uitsplitsing van " + indicator + " naar " + dimension.name() + " telt op tot "
                        + numbers.number(dimension.sum()) + ", het totaal op regel " + total.line() + " is " + numbers.number(total.value());
                if (comparison > 0) {
                    file.warning(ProblemCode.DISAGGREGATION_EXCEEDS_TOTAL, dimension.firstLine(), column, numbers.number(dimension.sum()),
                            parts + ": de delen zijn samen meer dan het geheel.",
                            "Controleer de waarden van " + dimension.name() + " en het totaal; de delen zijn samen hoogstens het totaal.");
                } else if (comparison < 0) {
                    file.warning(ProblemCode.DISAGGREGATION_SHORT_OF_TOTAL, dimension.firstLine(), column, numbers.number(dimension.sum()),
                            parts + ": " + numbers.number(total.value().subtract(dimension.sum())) + " zijn niet uitgesplitst.",
                            "Is dat bedoeld (onbekend of overig)? Geef die dan als categorie 'onbekend'; anders: verbeter de waarden.");
                }
            });
        }
    }
}
