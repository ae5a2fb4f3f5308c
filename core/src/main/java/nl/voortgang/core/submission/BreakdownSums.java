package nl.voortgang.core.submission;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.voortgang.core.alliance.IndicatorCode;
import nl.voortgang.core.indicator.IndicatorResult;

/** Per indicator of one file: its total and, per dimension of its breakdowns, the sum of the categories given. */
final class BreakdownSums {

    record Total(long line, BigDecimal value) {
    }

    record Dimension(String name, long firstLine, BigDecimal sum) {
    }

    interface Each {
        void accept(IndicatorCode indicator, Total total, Dimension dimension);
    }

    private final Map<IndicatorCode, Total> totals = new LinkedHashMap<>();
    private final Map<IndicatorCode, Map<String, Dimension>> dimensions = new LinkedHashMap<>();

    void add(long line, IndicatorResult result) {
        if (result.value() == null) {
            return;
        }
        if (result.isTotal()) {
            totals.put(result.indicator(), new Total(line, result.value()));
            return;
        }
        String name = result.disaggregation().dimension();
        dimensions.computeIfAbsent(result.indicator(), i -> new LinkedHashMap<>())
                .merge(name, new Dimension(name, line, result.value()), (a, b) -> new Dimension(name, a.firstLine(), a.sum().add(b.sum())));
    }

    /** Every dimension of every indicator that has a total in the file. */
    void each(Each each) {
        dimensions.forEach((indicator, byName) -> {
            Total total = totals.get(indicator);
            if (total != null) {
                byName.values().forEach(d -> each.accept(indicator, total, d));
            }
        });
    }
}
