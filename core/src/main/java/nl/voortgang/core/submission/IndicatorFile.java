package nl.voortgang.core.submission;

import java.util.Arrays;
import nl.voortgang.core.alliance.IndicatorCode;
import nl.voortgang.core.csv.ProblemCode;
import nl.voortgang.core.indicator.Disaggregation;
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
                    .assembledBy((key, v) -> new IndicatorResult(key.alliance(), key.partner(), key.year(), IndicatorCode.of(v.text("indicator")),
                            v.decimal("result_value"), v.text("dimension") == null ? null : new Disaggregation(v.text("dimension"), v.text("category")),
                            v.text("explanation"))),
            Checks::new);

    private IndicatorFile() {
    }

    private static final class Checks implements KindChecks<IndicatorResult> {

        private final CheckContext file;

        Checks(CheckContext file) {
            this.file = file;
        }

        @Override
        public void row(long line, IndicatorResult result) {
            String column = PartnerFormats.INDICATOR.name();
            String code = result.indicator().value();
            if (file.alliance().theoryOfChange().indicator(result.indicator()).isEmpty()) {
                file.error(ProblemCode.UNKNOWN_INDICATOR, line, column, code,
                        "Indicator " + code + " hoort niet bij de theory of change van " + file.alliance().code() + ".",
                        "Gebruik de code van een indicator van " + file.alliance().code() + ".");
                return;
            }
            String what = result.breakdown().map(d -> " (" + d + ")").orElse(" (totaal)");
            file.once(line, Arrays.asList(result.indicator(), result.disaggregation()), column, code,
                    "Indicator " + code + what + " staat al op regel %d.", "Geef elke indicator één waarde per uitsplitsing.");
        }
    }
}
