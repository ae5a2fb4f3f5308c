package nl.voortgang.reports;

import static nl.voortgang.reports.Rows.row;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.voortgang.core.alliance.ActivityStatus;
import nl.voortgang.core.alliance.Aggregation;
import nl.voortgang.core.progress.ProgressReport.ActivityLine;
import nl.voortgang.core.progress.ProgressReport.Breakdown;
import nl.voortgang.core.progress.ProgressReport.IndicatorLine;
import nl.voortgang.core.progress.ProgressReport.IndicatorYear;
import nl.voortgang.core.progress.ProgressReport.PartnerValue;
import nl.voortgang.core.progress.Judgement;
import nl.voortgang.core.progress.ProgressReport.OutcomeSection;
import nl.voortgang.core.progress.ProgressReport.Story;

/**
 * The rows of chapter 3: per outcome its planned activities against what was reported, and its indicators' targets
 * against actuals, one row per indicator and year, each saying how the value was aggregated. An indicator without a
 * target shows that it has none, never a zero.
 */
final class OutcomeRows {

    /** The most year columns side by side in the per-partner table (it shares its width with the chart). */
    static final int PARTNER_COLUMNS = 3;

    private final Wording words;
    private final Content content;
    private final boolean toDate;
    private final int lastYear;

    OutcomeRows(Wording words, Content content, boolean toDate, int lastYear) {
        this.words = words;
        this.content = content;
        this.toDate = toDate;
        this.lastYear = lastYear;
    }

    List<Map<String, Object>> sections(List<OutcomeSection> outcomes, String chapter) {
        List<Map<String, Object>> rows = new ArrayList<>();
        int number = 1;
        for (OutcomeSection outcome : outcomes) {
            rows.add(row(
                    "heading", chapter + "." + number++ + "  " + words.text("outcome.heading", outcome.code()),
                    "description", content.outcome(outcome.code(), outcome.description()),
                    "activities", outcome.activities().stream().map(this::activity).toList(),
                    "indicators", indicators(outcome.indicators()),
                    "stories", outcome.stories().stream().map(this::story).toList()));
        }
        return rows;
    }

    /** A partner's story: its subject as heading, who, which year and from which source, then its texts in paragraphs. */
    private Map<String, Object> story(Story story) {
        StringBuilder body = new StringBuilder();
        text(body, "story.done", story.done());
        text(body, "story.results", story.results());
        text(body, "story.lessons", story.lessons());
        text(body, "story.differences", story.differences());
        return row(
                "title", story.aboutTheOutcome() ? words.text("story.outcome", story.partner().name())
                        : story.activity() + "  " + content.activity(story.activity(), story.activityDescription()),
                "meta", words.text("story.meta", story.partner().name(), String.valueOf(story.year()), String.valueOf(story.source())),
                "body", body.toString());
    }

    /** One of a story's texts: its label in bold before the first paragraph. */
    private void text(StringBuilder body, String label, String text) {
        if (text == null) {
            return;
        }
        if (body.length() > 0) {
            body.append("\n");
        }
        body.append("<style isBold=\"true\" forecolor=\"#1B3A5C\">").append(Styled.escape(words.text(label))).append(".</style> ")
                .append(Styled.escape(text));
    }

    private Map<String, Object> activity(ActivityLine line) {
        boolean needsExplanation = line.status().needsExplanation();
        boolean explained = line.explanation() != null && !line.explanation().isBlank();
        StringBuilder text = new StringBuilder(Styled.escape(content.activity(line.code(), line.description())))
                .append("\n").append(Styled.note(words.text("activity.responsible", line.responsible().name())));
        if (explained) {
            text.append("\n").append(Styled.note(words.text("activity.explanation",
                    FinanceRows.paragraph(List.of(line.explanation())))));
        } else if (needsExplanation) {
            text.append("\n").append(Styled.missing(words.text("activity.explanationMissing")));
        }
        return row(
                "code", line.code(),
                "text", text.toString(),
                "period", line.plannedPeriod().end() == null ? words.text("activity.from", words.date(line.plannedPeriod().start()))
                        : words.text("activity.periodRange", words.date(line.plannedPeriod().start()), words.date(line.plannedPeriod().end())),
                "budget", words.money(line.plannedBudget()),
                "status", status(line),
                "flagged", needsExplanation || !line.reported(),
                "source", line.source() == null ? "—" : String.valueOf(line.source()));
    }

    private String status(ActivityLine line) {
        String label = words.label(line.status());
        if (!line.reported()) {
            return words.text("activity.notReported", label);
        }
        if (line.status() == ActivityStatus.COMPLETED && line.completedOn() != null) {
            return label + "\n" + words.date(line.completedOn());
        }
        return line.status().needsExplanation() ? "▲ " + label : label;
    }

    /** The rows of an outcome's indicators; the first indicator's rows carry {@code first}, for the heading above them. */
    private List<Map<String, Object>> indicators(List<IndicatorLine> lines) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (IndicatorLine line : lines) {
            for (Map<String, Object> row : indicator(line)) {
                row.put("first", rows.isEmpty() || Boolean.TRUE.equals(rows.get(0).get("first")) && rows.get(0).get("indicator").equals(row.get("indicator")));
                rows.add(row);
            }
        }
        return rows;
    }

    /**
     * One row per year of the indicator; the indicator's own fields repeat on each, for its group header and footer. A
     * to-date report of a count adds a row that only the chart shows: the bar of the years together (the table has it
     * in its footer).
     */
    private List<Map<String, Object>> indicator(IndicatorLine line) {
        IndicatorYear overall = line.overall();
        Map<String, Object> common = row(
                "indicator", line.code(),
                "title", line.code() + "  " + content.indicator(line.code(), line.description()),
                "meta", meta(line),
                "aggregation", aggregation(line),
                "showOverall", toDate,
                "overallLabel", words.text(line.aggregation() != Aggregation.SUM ? "indicator.overallLevel" : "indicator.overallSum",
                        String.valueOf(lastYear), String.valueOf(overall.year())),
                "overallTarget", target(overall.target()),
                "overallActual", actual(overall.actual()),
                "overallAchieved", achieved(overall),
                "overallProgress", progress(overall),
                "overallJudgement", judgement(overall.judgement()),
                "baseline", line.baseline() == null ? "—" : words.number(line.baseline()),
                "ratio", ratio(line),
                "breakdowns", breakdowns(line.breakdowns()),
                "explanations", line.explanations().isEmpty() ? null
                        : words.text("indicator.explanations", String.join("\n", line.explanations())),
                "partnerRows", partnerRows(line),
                "gaps", gaps(line),
                "sources", line.sources().isEmpty() ? words.text("indicator.noSources")
                        : words.text("indicator.sources", Rows.joined(line.sources(), ", ")),
                "seriesTarget", words.text("indicator.target"),
                "seriesActual", words.text("indicator.actual"));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (IndicatorYear year : line.years()) {
            Map<String, Object> row = new LinkedHashMap<>(common);
            row.put("year", String.valueOf(year.year()));
            row.put("target", target(year.target()));
            row.put("actual", actual(year.actual()));
            row.put("achieved", achieved(year));
            row.put("progress", progress(year));
            row.put("judgement", judgement(year.judgement()));
            row.put("targetValue", year.target());
            row.put("actualValue", year.actual());
            row.put("chartOnly", false);
            rows.add(row);
        }
        if (toDate && line.years().size() > 1 && line.aggregation() == Aggregation.SUM) {
            Map<String, Object> toDateBar = new LinkedHashMap<>(common);
            toDateBar.put("year", words.text("indicator.chartToDate", String.valueOf(lastYear)));
            toDateBar.put("targetValue", overall.target());
            toDateBar.put("actualValue", overall.actual());
            toDateBar.put("chartOnly", true);
            rows.add(toDateBar);
        }
        return rows;
    }

    /**
     * The per-partner table: a row per partner (in the order they first report), a column per year and, for a count in
     * a to-date report of more than one year, one for the years together; blocks of at most {@value #PARTNER_COLUMNS}
     * columns, each with its header row. A ratio's cell gives the partner's numerator and denominator under its value;
     * a year the partner did not report reads "—". Empty when no partner reported.
     */
    private List<Map<String, Object>> partnerRows(IndicatorLine line) {
        if (line.perPartner().isEmpty()) {
            return List.of();
        }
        Map<String, Map<Integer, PartnerValue>> byPartner = new LinkedHashMap<>();
        line.perPartner().forEach(v -> byPartner.computeIfAbsent(v.partner().name(), p -> new java.util.HashMap<>()).put(v.year(), v));
        List<Integer> years = line.years().stream().map(IndicatorYear::year).toList();
        boolean together = toDate && years.size() > 1 && line.aggregation() == Aggregation.SUM;
        List<String> headers = new ArrayList<>(years.stream().map(String::valueOf).toList());
        if (together) {
            headers.add(words.text("indicator.chartToDate", String.valueOf(lastYear)));
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int from = 0; from < headers.size(); from += PARTNER_COLUMNS) {
            int to = Math.min(headers.size(), from + PARTNER_COLUMNS);
            rows.add(partnerRow(true, words.text(line.aggregation() == Aggregation.RATIO ? "indicator.perPartnerRatio" : "indicator.perPartner"),
                    headers.subList(from, to)));
            for (Map.Entry<String, Map<Integer, PartnerValue>> partner : byPartner.entrySet()) {
                List<String> cells = new ArrayList<>();
                for (int column = from; column < to; column++) {
                    cells.add(column < years.size() ? partnerCell(partner.getValue().get(years.get(column)))
                            : words.number(partner.getValue().values().stream().map(PartnerValue::value).reduce(BigDecimal.ZERO, BigDecimal::add)));
                }
                rows.add(partnerRow(false, partner.getKey(), cells));
            }
        }
        return rows;
    }

    private static Map<String, Object> partnerRow(boolean header, String first, List<String> cells) {
        Map<String, Object> row = row("header", header, "partner", first, "last", cells.size());
        for (int i = 0; i < PARTNER_COLUMNS; i++) {
            row.put("c" + (i + 1), i < cells.size() ? cells.get(i) : null);
        }
        return row;
    }

    /** {@code 49} with {@code 51/104} under it for a ratio; {@code —} when the partner did not report the year. */
    private String partnerCell(PartnerValue value) {
        if (value == null) {
            return "—";
        }
        String number = words.number(value.value());
        return value.denominator() == null ? number
                : number + "\n" + Styled.note(words.number(value.numerator()) + "/" + words.number(value.denominator()));
    }

    /** For a ratio, the sums it was made of: {@code 2019: 113 van 222 deelnemers}; null for other indicators. */
    private String ratio(IndicatorLine line) {
        if (line.aggregation() != Aggregation.RATIO) {
            return null;
        }
        List<String> years = line.years().stream().filter(y -> y.denominator() != null)
                .map(y -> y.year() + ": " + words.text("indicator.parts", words.number(y.numerator()), words.number(y.denominator()))).toList();
        return years.isEmpty() ? null : words.text("indicator.ratio", String.join("; ", years));
    }

    /** Who is missing from a year's total while it reported the year before; null when nobody is. */
    private String gaps(IndicatorLine line) {
        Map<Integer, List<String>> byYear = new java.util.TreeMap<>();
        line.gaps().forEach(g -> byYear.computeIfAbsent(g.year(), y -> new ArrayList<>()).add(g.partner().name()));
        if (byYear.isEmpty()) {
            return null;
        }
        List<String> lines = new ArrayList<>();
        byYear.forEach((year, names) -> lines.add(words.text("indicator.gap", String.valueOf(year), String.join(", ", names),
                String.valueOf(year - 1))));
        return String.join("\n", lines);
    }

    private String meta(IndicatorLine line) {
        String baseline = line.baseline() == null ? words.text("indicator.noBaseline")
                : words.text("indicator.baseline", words.number(line.baseline()),
                        line.baselineYear() == null ? "—" : String.valueOf(line.baselineYear()));
        return words.text("indicator.unit", content.unit(line.code(), line.unit())) + " · " + baseline;
    }

    private String aggregation(IndicatorLine line) {
        int contributors = line.overall().contributors();
        if (line.aggregation() == Aggregation.SUM) {
            return words.count(toDate ? "aggregation.sum.toDate" : "aggregation.sum", contributors);
        }
        String kind = line.aggregation() == Aggregation.RATIO ? "aggregation.ratio" : "aggregation.level";
        return words.count(toDate ? kind + ".toDate" : kind, contributors, String.valueOf(line.overall().year()));
    }

    private String target(BigDecimal target) {
        return target == null ? words.text("indicator.noTarget") : words.number(target);
    }

    private String actual(BigDecimal actual) {
        return actual == null ? words.text("indicator.notReported") : words.number(actual);
    }

    private String achieved(IndicatorYear year) {
        if (year.achieved() == null) {
            return "—";
        }
        return words.percentage(year.achieved(), false);
    }

    private String progress(IndicatorYear year) {
        return year.progress() == null ? "—" : words.percentage(year.progress(), false);
    }

    /** {@code ✔ op koers}, {@code ▼ achter}, or a dash without a target or a result. */
    private String judgement(Judgement judgement) {
        if (judgement == null) {
            return "—";
        }
        return (judgement == Judgement.ON_TRACK ? "✔ " : "▼ ") + words.label(judgement);
    }

    /** {@code geslacht: vrouw 107}, with the category's target and judgement where it has one: {@code (streefwaarde 120, ▼ achter)}. */
    private String breakdown(Breakdown b) {
        String value = b.disaggregation() + " " + words.number(b.actual());
        return b.target() == null ? value : value + " " + words.text("indicator.categoryTarget", words.number(b.target()), judgement(b.judgement()));
    }

    /** Per dimension one line: {@code geslacht: man 8 · geslacht: vrouw 96 (opgegeven door 1 partner)}. */
    private String breakdowns(List<Breakdown> breakdowns) {
        Map<String, List<Breakdown>> byDimension = new LinkedHashMap<>();
        breakdowns.forEach(b -> byDimension.computeIfAbsent(b.disaggregation().dimension(), d -> new ArrayList<>()).add(b));
        List<String> lines = new ArrayList<>();
        byDimension.forEach((dimension, list) -> {
            int contributors = list.stream().mapToInt(Breakdown::contributors).max().orElse(0);
            lines.add(String.join(" · ", list.stream().map(this::breakdown).toList())
                    + " " + words.count("indicator.breakdownBy", contributors));
        });
        return lines.isEmpty() ? null : words.text("indicator.breakdowns") + "\n" + String.join("\n", lines);
    }
}
