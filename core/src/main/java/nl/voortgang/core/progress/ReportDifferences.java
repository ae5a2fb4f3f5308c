package nl.voortgang.core.progress;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import nl.voortgang.core.progress.Cycle.Difference;
import nl.voortgang.core.progress.Cycle.Topic;

/**
 * What differs between the report submitted for a year and a report of that year made from newer data: which files
 * have a newer version or came since, and which figures changed (each partner's budget and realised spending and the
 * alliance's totals, each indicator's result per year, each activity's status) and which stories were rewritten.
 */
public final class ReportDifferences {

    private ReportDifferences() {
    }

    public static List<Difference> between(ProgressReport submitted, ProgressReport now) {
        List<Difference> differences = new ArrayList<>();
        compare(differences, Topic.FILE, files(submitted), files(now));
        compare(differences, Topic.BUDGET, money(submitted, true), money(now, true));
        compare(differences, Topic.REALISED, money(submitted, false), money(now, false));
        compare(differences, Topic.INDICATOR, indicators(submitted), indicators(now));
        compare(differences, Topic.ACTIVITY, each(submitted, o -> o.activities().stream().map(a -> Map.entry(a.code(), (Object) a.status())).toList()),
                each(now, o -> o.activities().stream().map(a -> Map.entry(a.code(), (Object) a.status())).toList()));
        compare(differences, Topic.NARRATIVE, stories(submitted), stories(now));
        return differences;
    }

    private static Map<String, Object> files(ProgressReport report) {
        Map<String, Object> files = new LinkedHashMap<>();
        report.sources().forEach(s -> files.put(s.kind().dutch() + " " + s.year() + " van " + s.partner().name(), s.version()));
        return files;
    }

    private static Map<String, Object> money(ProgressReport report, boolean budget) {
        Map<String, Object> amounts = new LinkedHashMap<>();
        report.finances().perPartner().forEach(t -> amounts.put(t.partner().name(), budget ? t.budget() : t.realised()));
        var total = report.finances().total();
        amounts.put("alliantie", budget ? total.budget() : total.realised());
        return amounts;
    }

    private static Map<String, Object> indicators(ProgressReport report) {
        Map<String, Object> values = new LinkedHashMap<>();
        report.outcomes().forEach(o -> o.indicators().forEach(i -> i.years().forEach(y -> values.put(i.code() + " " + y.year(), y.actual()))));
        return values;
    }

    private static Map<String, Object> stories(ProgressReport report) {
        Map<String, Object> texts = new LinkedHashMap<>();
        report.outcomes().forEach(o -> o.stories().forEach(s -> texts.put((s.aboutTheOutcome() ? o.code() : s.activity()) + " " + s.year()
                + " (" + s.partner().name() + ")", String.join("\n", Objects.toString(s.done(), ""), Objects.toString(s.results(), ""),
                Objects.toString(s.lessons(), ""), Objects.toString(s.differences(), "")))));
        return texts;
    }

    private static Map<String, Object> each(ProgressReport report, Function<ProgressReport.OutcomeSection, List<Map.Entry<String, Object>>> values) {
        Map<String, Object> all = new LinkedHashMap<>();
        report.outcomes().forEach(o -> values.apply(o).forEach(e -> all.put(e.getKey(), e.getValue())));
        return all;
    }

    /** Numbers compare by value (12.0 is 12); a rewritten story is listed without its texts. */
    private static void compare(List<Difference> differences, Topic topic, Map<String, Object> before, Map<String, Object> after) {
        Set<String> subjects = new LinkedHashSet<>(before.keySet());
        subjects.addAll(after.keySet());
        for (String subject : subjects) {
            Object was = before.get(subject);
            Object is = after.get(subject);
            if (!same(was, is)) {
                boolean story = topic == Topic.NARRATIVE;
                differences.add(new Difference(topic, subject, story && was != null ? "" : was, story && is != null ? "" : is));
            }
        }
    }

    private static boolean same(Object a, Object b) {
        if (a instanceof java.math.BigDecimal x && b instanceof java.math.BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        if (a instanceof nl.voortgang.core.money.Money x && b instanceof nl.voortgang.core.money.Money y) {
            return x.compareTo(y) == 0;
        }
        return Objects.equals(a, b);
    }
}
