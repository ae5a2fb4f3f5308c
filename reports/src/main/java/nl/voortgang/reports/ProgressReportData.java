package nl.voortgang.reports;

import static nl.voortgang.reports.Rows.row;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.voortgang.core.DateRange;
import nl.voortgang.core.progress.PartyRef;
import nl.voortgang.core.progress.ProgressReport;
import nl.voortgang.core.progress.ProgressReport.ActivityLine;
import nl.voortgang.core.progress.ProgressReport.Cover;
import nl.voortgang.core.progress.ProgressReport.DeadlineLine;
import nl.voortgang.core.progress.ProgressReport.FinanceLine;
import nl.voortgang.core.progress.ProgressReport.KeyFigures;
import nl.voortgang.core.progress.ProgressReport.OutcomeSection;
import nl.voortgang.core.progress.ProgressReport.Source;
import nl.voortgang.core.submission.Timeliness;

/** The parameters of the progress report template: a {@link ProgressReport} in the words of one language. */
final class ProgressReportData {

    private final ProgressReport report;
    private final Wording words;
    private final Content content;

    ProgressReportData(ProgressReport report, Wording words) {
        this.report = report;
        this.words = words;
        this.content = new Content(report, words);
    }

    Wording words() {
        return words;
    }

    String title() {
        int year = report.scope().year();
        List<Integer> years = report.years();
        int first = years.isEmpty() ? year : years.get(0);
        return report.scope().toDate() && first != year ? words.text("title.toDate", String.valueOf(first), String.valueOf(year))
                : words.text("title.year", String.valueOf(year));
    }

    /** "2019", or "2018–2019" to date. */
    private String yearsText() {
        List<Integer> years = report.years();
        int year = report.scope().year();
        int first = years.isEmpty() ? year : years.get(0);
        return first == year ? String.valueOf(year) : first + "–" + year;
    }

    String allianceLine() {
        return content.allianceName(report.cover().allianceName()) + " (" + report.cover().alliance().value() + ")";
    }

    /** The data's as-of moment as the cover gives it: a day only where only the day is known. */
    String asOf() {
        return words.received(report.asOf(), asOfIsOnlyADay());
    }

    ArchivalPdf.Metadata metadata() {
        Cover cover = report.cover();
        return new ArchivalPdf.Metadata(title() + " — " + allianceLine(),
                cover.lead() == null ? content.allianceName(cover.allianceName()) : cover.lead().name(),
                words.text("meta.subject", title(), allianceLine(), content.ministryName(cover.ministry().name()),
                        content.schemeName(cover.schemeName())).replace(Content.DUTCH_ONLY, ""),
                words.text("meta.keywords", cover.alliance().value()),
                words.languageTag());
    }

    Map<String, Object> parameters() {
        Map<String, Object> p = new HashMap<>();
        Cover cover = report.cover();
        p.put("REPORT_TITLE", title());
        p.put("SUBTITLE", report.scope().toDate() ? words.text("title.toDateSubtitle", String.valueOf(report.scope().year())) : null);
        p.put("ALLIANCE_NAME", content.allianceName(cover.allianceName()));
        p.put("ALLIANCE_CODE", cover.alliance().value());
        p.put("RUNNING_HEAD", allianceLine() + " · " + title());
        p.put("STRATEGIC_GOAL", content.strategicGoal(report.strategy().strategicGoal()));
        p.put("MINISTRY", content.ministryName(cover.ministry().name()));
        p.put("COVER_FACTS", Rows.source(coverFacts()));
        p.put("AS_OF", words.text("footer.asOf", words.received(report.asOf(), asOfIsOnlyADay())));
        p.put("KEY_FIGURES", Rows.source(keyFigures()));
        p.put("ATTENTION", Rows.source(attention()));
        p.put("CYCLE", Rows.source(new CycleRows(words).rows(report.cycle())));
        // Where the alliance's strategic goal is its long-term goal (as Samen werkt het!'s is), it is said once.
        String longTerm = report.strategy().longTermGoal();
        p.put("LONG_TERM_GOAL", longTerm == null || longTerm.strip().equals(report.strategy().strategicGoal().strip()) ? null
                : content.longTermGoal(longTerm));
        p.put("OUTCOME_LIST", Rows.source(outcomeList()));

        OutcomeRows outcomes = new OutcomeRows(words, content, report.scope().toDate(), report.scope().year());
        p.put("OUTCOMES", Rows.source(outcomes.sections(report.outcomes(), "3")));

        FinanceRows finance = new FinanceRows(report.finances(), words);
        p.put("TOLERANCE", finance.tolerance());
        p.put("SHOW_YEAR", report.scope().toDate());
        p.put("FINANCE_LINES", Rows.source(finance.lines()));
        p.put("PARTNER_TOTALS", Rows.source(finance.perPartner()));
        p.put("CATEGORY_TOTALS", Rows.source(finance.perCategory()));
        p.put("DEVIATIONS", finance.anyDeviation() ? Rows.source(finance.deviations()) : null);
        p.put("MISSING_BUDGETS", finance.missingBudgets());
        new SubsidyRows(report.subsidy(), words).addTo(p, yearsText(), report.scope().toDate());
        p.put("YEAR_SPENDING", Rows.source(finance.perYear()));
        finance.grandTotal(p);

        p.put("DEADLINE_SUMMARY", deadlineSummary());
        p.put("DEADLINES", Rows.source(deadlines()));
        p.put("SOURCES", Rows.source(sources()));
        p.put("DUTCH_ONLY", content.anyDutchOnly());
        return p;
    }

    private List<Map<String, Object>> coverFacts() {
        Cover cover = report.cover();
        List<Map<String, Object>> facts = new ArrayList<>();
        facts.add(fact("cover.alliance", allianceLine()));
        if (!cover.earlierNames().isEmpty()) {
            facts.add(fact("cover.earlierNames", String.join("\n", cover.earlierNames().stream()
                    .map(n -> words.label(n.kind()) + ": " + n.name()).toList())));
        }
        facts.add(fact("cover.scheme", content.schemeName(cover.schemeName())));
        facts.add(fact("cover.ministry", content.ministryName(cover.ministry().name())));
        facts.add(fact("cover.period", period()));
        facts.add(fact("cover.partnership", range(cover.partnership())));
        facts.add(fact("cover.lead", cover.lead() == null ? "—" : cover.lead().name()));
        facts.add(fact("cover.partners", String.join("\n", cover.partners().stream().map(PartyRef::name).toList())));
        facts.add(fact("cover.asOf", asOf()));
        facts.add(fact("cover.generatedAt", words.dateTime(report.generatedAt())));
        if (report.submitted() != null) {
            facts.add(fact("cover.submitted", words.text("cover.submittedBy", words.dateTime(report.submitted().at()), report.submitted().by())));
        }
        return facts;
    }

    private Map<String, Object> fact(String key, String value) {
        return row("label", words.text(key), "value", value);
    }

    private String period() {
        List<Integer> years = report.years();
        int last = report.scope().year();
        int first = years.isEmpty() ? last : years.get(0);
        LocalDate start = report.scope().toDate() ? report.cover().partnership().start() : LocalDate.of(first, 1, 1);
        return words.date(start) + " – " + words.date(LocalDate.of(last, 12, 31));
    }

    private String range(DateRange range) {
        return words.date(range.start()) + " – " + (range.end() == null ? "…" : words.date(range.end()));
    }

    private List<Map<String, Object>> keyFigures() {
        KeyFigures k = report.keyFigures();
        String tolerance = new FinanceRows(report.finances(), words).tolerance();
        List<Map<String, Object>> tiles = new ArrayList<>();
        tiles.add(tile(words.money(k.definitiveBudget()), words.text("key.budget"), null, false));
        tiles.add(tile(words.money(k.realised()), words.text("key.realised"), null, false));
        tiles.add(tile(words.percentage(k.realisedPercentage(), false), words.text("key.realisedShare"), null, false));
        tiles.add(tile(String.valueOf(k.deviationsBeyondTolerance()), words.text("key.deviations", tolerance),
                k.deviationsBeyondTolerance() == 0 ? null : words.text("key.deviationsNote"), k.deviationsBeyondTolerance() > 0));
        tiles.add(tile(words.text("key.ofTotal", String.valueOf(k.activitiesCompleted()), String.valueOf(k.activitiesPlanned())),
                words.text("key.activities"),
                words.count("key.activitiesNote", k.activitiesPostponedOrCancelled()), k.activitiesPostponedOrCancelled() > 0));
        tiles.add(tile(words.text("key.ofTotal", String.valueOf(k.indicatorsOnTarget()), String.valueOf(k.indicatorsWithTarget())),
                words.text("key.indicators"), words.text("key.indicatorsNote"), false));
        tiles.add(tile(String.valueOf(k.submissionsOnTime()), words.text("key.onTime"), null, false));
        tiles.add(tile(String.valueOf(k.submissionsLate()), words.text("key.late"), null, k.submissionsLate() > 0));
        tiles.add(tile(String.valueOf(k.submissionsMissing()), words.text("key.missing"), null, k.submissionsMissing() > 0));
        return tiles;
    }

    private static Map<String, Object> tile(String value, String label, String note, boolean alert) {
        return row("value", value, "label", label, "note", note, "alert", alert);
    }

    /** What a reviewer must look at: deviations, activities not done as planned, missing budgets, deadlines missed. */
    private List<Map<String, Object>> attention() {
        List<String> points = new ArrayList<>();
        for (FinanceLine line : report.finances().beyondTolerance()) {
            String change = line.deviation().percentage().map(p -> words.percentage(p, true))
                    .orElse(words.text("check.notBudgeted").replace("▲ ", ""));
            points.add(words.text(line.explanations().isEmpty() ? "attention.deviationUnexplained" : "attention.deviation",
                    line.partner().name(), String.valueOf(line.year()), words.label(line.category()), change));
        }
        for (OutcomeSection outcome : report.outcomes()) {
            for (ActivityLine a : outcome.activities()) {
                if (a.status().needsExplanation()) {
                    points.add(words.text("attention.activity", a.code(), content.activity(a.code(), a.description()), words.label(a.status())));
                } else if (!a.reported()) {
                    points.add(words.text("attention.activityNotReported", a.code(), content.activity(a.code(), a.description())));
                }
            }
        }
        report.finances().missingBudgets().forEach(m -> points.add(
                words.text("attention.missingBudget", m.partner().name(), String.valueOf(m.year()))));
        for (DeadlineLine d : report.deadlines()) {
            if (d.status() == Timeliness.LATE || d.status() == Timeliness.MISSING) {
                points.add(words.text(d.status() == Timeliness.LATE ? "attention.late" : "attention.missing",
                        d.partner().name(), words.label(d.kind()), String.valueOf(d.year()),
                        d.dueBefore() ? due(d) : words.text("deadline.atTheLatest", due(d))));
            }
        }
        points.addAll(new CycleRows(words).attention(report.cycle()));
        if (points.isEmpty()) {
            points.add(words.text("attention.none"));
        }
        return points.stream().map(point -> row("mark", "•", "text", point)).toList();
    }

    private List<Map<String, Object>> outcomeList() {
        return report.strategy().outcomes().stream()
                .map(outcome -> row("mark", outcome.code(), "text", content.outcome(outcome.code(), outcome.description()))).toList();
    }

    private String deadlineSummary() {
        KeyFigures k = report.keyFigures();
        long notDue = report.deadlines().stream().filter(d -> d.status() == Timeliness.NOT_YET_DUE).count();
        return words.text("deadlines.summary", words.count("deadlines.onTime", k.submissionsOnTime()),
                words.count("deadlines.late", k.submissionsLate()), words.count("deadlines.missing", k.submissionsMissing()),
                words.count("deadlines.notDue", notDue));
    }

    private List<Map<String, Object>> deadlines() {
        return report.deadlines().stream().map(d -> row(
                "partner", d.partner().name(),
                "kind", words.label(d.kind()),
                "year", String.valueOf(d.year()),
                "due", due(d),
                "received", d.received() == null ? "—" : d.receivedAnEarlierVersion()
                        ? words.text("deadline.receivedVersion", words.received(d.received(), d.receivedOnADay()), String.valueOf(d.receivedVersion()))
                        : words.received(d.received(), d.receivedOnADay()),
                "status", status(d),
                "problem", d.status() == Timeliness.LATE || d.status() == Timeliness.MISSING,
                "source", d.source() == null ? "—" : String.valueOf(d.source()))).toList();
    }

    /** As the scheme writes it: "1 april 2020" (that day is in time), or "vóór 20 september 2018" (that day is late). */
    private String due(DeadlineLine d) {
        return d.dueBefore() ? words.text("deadline.before", words.date(d.due().plusDays(1))) : words.date(d.due());
    }

    private String status(DeadlineLine d) {
        String label = words.label(d.status());
        return switch (d.status()) {
            case ON_TIME -> "✔ " + label;
            case LATE -> {
                long days = ChronoUnit.DAYS.between(d.due(), d.received().atZone(words.zone()).toLocalDate());
                yield "▲ " + label + "\n" + words.count("deadlines.daysLate", days);
            }
            case MISSING -> "✖ " + label;
            case NOT_YET_DUE -> label;
        };
    }

    /** The data's as-of moment is a day only when every newest source it comes from was received on a day only. */
    private boolean asOfIsOnlyADay() {
        List<Source> newest = report.sources().stream().filter(s -> s.receivedAt().equals(report.asOf())).toList();
        return !newest.isEmpty() && newest.stream().allMatch(Source::receivedOnADay);
    }

    private List<Map<String, Object>> sources() {
        return report.sources().stream().map(this::source).toList();
    }

    private Map<String, Object> source(Source s) {
        // the whole SHA-256, so that a reviewer can check a file against it: in two halves of 32, one under the other
        String checksum = s.checksum() == null ? "—" : s.checksum().length() == 64
                ? s.checksum().substring(0, 32) + "\n        " + s.checksum().substring(32) : s.checksum();
        return row(
                "ref", String.valueOf(s.ref()),
                "partner", s.partner().name(),
                "kind", words.label(s.kind()) + " " + s.year(),
                "review", words.text("source.review." + s.review().name(), s.reviewedBy() == null ? "" : s.reviewedBy()),
                "version", words.text("source.version.text", String.valueOf(s.version()), String.valueOf(s.versions())),
                "file", s.fileName(),
                "checksum", "SHA-256 " + checksum,
                "received", words.received(s.receivedAt(), s.receivedOnADay()),
                "submittedBy", s.submittedBy(),
                "rows", String.valueOf(s.rows()));
    }
}
