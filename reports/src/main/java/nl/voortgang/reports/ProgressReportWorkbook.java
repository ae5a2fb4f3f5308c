package nl.voortgang.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import nl.voortgang.core.progress.ProgressReport;
import nl.voortgang.core.progress.ProgressReport.FinanceTotal;
import nl.voortgang.core.progress.ProgressReport.GrantLine;
import nl.voortgang.core.progress.ProgressReport.IndicatorLine;
import nl.voortgang.core.progress.ProgressReport.IndicatorYear;
import nl.voortgang.core.progress.ProgressReport.KeyFigures;
import nl.voortgang.core.progress.ProgressReport.OutcomeSection;
import org.dhatim.fastexcel.Workbook;

/**
 * The progress report as a workbook (.xlsx), for reviewers who recalculate: every table of the report on a sheet of its
 * own, amounts and counts as numbers, each row with the reference numbers of the submissions it came from (the sheet
 * "Bronnen"/"Sources" is appendix A, with each file's SHA-256). The same read model as the PDF, in the same language,
 * so the two agree figure for figure. Stateless and thread-safe, like {@link ProgressReportRenderer}.
 */
public final class ProgressReportWorkbook {

    private final ZoneId zone;

    public ProgressReportWorkbook() {
        this(ZoneId.of("Europe/Amsterdam"));
    }

    public ProgressReportWorkbook(ZoneId zone) {
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    public byte[] render(ProgressReport report, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        render(report, locale, out);
        return out.toByteArray();
    }

    public void render(ProgressReport report, Locale locale, OutputStream out) {
        Wording words = Wording.of(locale, zone);
        ProgressReportData data = new ProgressReportData(report, words);
        try {
            Workbook workbook = new Workbook(out, "Voortgang", "1.0");
            workbook.properties().setTitle(data.title() + " — " + data.allianceLine()).setSubject(words.text("xlsx.subject"));
            new Sheets(report, words, new Content(report, words), workbook).writeAll(data);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sheets, in the order of the report's chapters. */
    private record Sheets(ProgressReport report, Wording words, Content content, Workbook workbook) {

        void writeAll(ProgressReportData data) {
            about(data);
            keyFigures();
            activities();
            narratives();
            indicators();
            perPartner();
            breakdowns();
            finances();
            totals();
            subsidy();
            deadlines();
            sources();
        }

        private WorkbookSheet sheet(String name, String... columns) {
            List<String> header = java.util.Arrays.stream(columns).map(c -> words.text("xlsx.col." + c)).toList();
            return WorkbookSheet.create(workbook, words.text("xlsx.sheet." + name), header);
        }

        private void about(ProgressReportData data) {
            WorkbookSheet s = sheet("about", "item", "value").width(0, 28).width(1, 90);
            var cover = report.cover();
            s.text(words.text("xlsx.report")).text(data.title()).next();
            s.text(words.text("cover.alliance")).text(data.allianceLine()).next();
            s.text(words.text("cover.scheme")).text(content.schemeName(cover.schemeName())).next();
            s.text(words.text("cover.ministry")).text(content.ministryName(cover.ministry().name())).next();
            s.text(words.text("cover.lead")).text(cover.lead() == null ? null : cover.lead().name()).next();
            s.text(words.text("cover.partners")).text(cover.partners().stream().map(p -> p.name()).collect(Collectors.joining(", "))).next();
            s.text(words.text("xlsx.years")).text(report.years().stream().map(String::valueOf).collect(Collectors.joining(", "))).next();
            s.text(words.text("cover.asOf")).text(data.asOf()).next();
            s.text(words.text("cover.generatedAt")).text(words.dateTime(report.generatedAt())).next();
            s.text(words.text("xlsx.note")).text(words.text("xlsx.noteText")).next();
        }

        private void keyFigures() {
            KeyFigures k = report.keyFigures();
            WorkbookSheet s = sheet("keyFigures", "item", "value").width(0, 50).width(1, 18);
            s.text(words.text("key.budget")).amount(k.definitiveBudget()).next();
            s.text(words.text("key.realised")).amount(k.realised()).next();
            s.text(words.text("key.realisedShare")).percentage(k.realisedPercentage()).next();
            s.text(words.text("key.deviations", new FinanceRows(report.finances(), words).tolerance())).whole(k.deviationsBeyondTolerance()).next();
            s.text(words.text("xlsx.activitiesPlanned")).whole(k.activitiesPlanned()).next();
            s.text(words.text("key.activities")).whole(k.activitiesCompleted()).next();
            s.text(words.text("xlsx.activitiesPostponed")).whole(k.activitiesPostponedOrCancelled()).next();
            s.text(words.text("xlsx.indicatorsWithTarget")).whole(k.indicatorsWithTarget()).next();
            s.text(words.text("key.indicators")).whole(k.indicatorsOnTarget()).next();
            s.text(words.text("key.onTime")).whole(k.submissionsOnTime()).next();
            s.text(words.text("key.late")).whole(k.submissionsLate()).next();
            s.text(words.text("key.missing")).whole(k.submissionsMissing()).next();
        }

        private void activities() {
            WorkbookSheet s = sheet("activities", "outcome", "code", "year", "activity", "responsible", "start", "end", "budget",
                    "plannedStatus", "status", "reported", "completedOn", "explanation", "source").width(3, 50).width(4, 32).width(12, 50);
            for (OutcomeSection outcome : report.outcomes()) {
                for (var a : outcome.activities()) {
                    s.text(outcome.code()).text(a.code()).whole(a.year()).text(content.activity(a.code(), a.description()))
                            .text(a.responsible().name()).date(a.plannedPeriod().start()).date(a.plannedPeriod().end())
                            .amount(a.plannedBudget()).text(words.label(a.plannedStatus())).text(words.label(a.status()))
                            .text(words.text(a.reported() ? "xlsx.yes" : "xlsx.no")).date(a.completedOn()).text(a.explanation())
                            .whole(a.source()).next();
                }
            }
        }

        private void narratives() {
            WorkbookSheet s = sheet("narratives", "outcome", "subject", "partner", "year", "done", "results", "lessons", "differences", "source")
                    .width(1, 40).width(2, 28).width(4, 60).width(5, 60).width(6, 60).width(7, 60);
            for (OutcomeSection outcome : report.outcomes()) {
                for (var story : outcome.stories()) {
                    s.text(outcome.code()).text(story.aboutTheOutcome() ? outcome.code()
                                    : story.activity() + " " + content.activity(story.activity(), story.activityDescription()))
                            .text(story.partner().name()).whole(story.year()).text(story.done()).text(story.results())
                            .text(story.lessons()).text(story.differences()).whole(story.source()).next();
                }
            }
        }

        private void indicators() {
            WorkbookSheet s = sheet("indicators", "outcome", "indicator", "description", "unit", "aggregation", "baseline", "baselineYear",
                    "year", "target", "actual", "numerator", "denominator", "achieved", "progress", "judgement", "contributors", "sources")
                    .width(2, 50);
            for (OutcomeSection outcome : report.outcomes()) {
                for (IndicatorLine line : outcome.indicators()) {
                    for (IndicatorYear year : line.years()) {
                        indicatorRow(s, outcome, line, year, null);
                    }
                    if (report.scope().toDate()) {
                        indicatorRow(s, outcome, line, line.overall(), words.text("indicator.chartToDate", String.valueOf(report.scope().year())));
                    }
                }
            }
        }

        private void indicatorRow(WorkbookSheet s, OutcomeSection outcome, IndicatorLine line, IndicatorYear year, String overall) {
            s.text(outcome.code()).text(line.code()).text(content.indicator(line.code(), line.description()))
                    .text(content.unit(line.code(), line.unit())).text(words.label(line.aggregation()))
                    .number(line.baseline()).whole(line.baselineYear());
            if (overall == null) {
                s.whole(year.year());
            } else {
                s.text(overall);
            }
            s.number(year.target()).number(year.actual()).number(year.numerator()).number(year.denominator())
                    .percentage(year.achieved()).percentage(year.progress())
                    .text(year.judgement() == null ? null : words.label(year.judgement())).whole(year.contributors())
                    .text(refs(line.sources())).next();
        }

        private void perPartner() {
            WorkbookSheet s = sheet("perPartner", "indicator", "year", "partner", "value", "numerator", "denominator").width(2, 36);
            for (OutcomeSection outcome : report.outcomes()) {
                for (IndicatorLine line : outcome.indicators()) {
                    for (var v : line.perPartner()) {
                        s.text(line.code()).whole(v.year()).text(v.partner().name()).number(v.value()).number(v.numerator())
                                .number(v.denominator()).next();
                    }
                }
            }
        }

        private void breakdowns() {
            WorkbookSheet s = sheet("breakdowns", "indicator", "dimension", "category", "actual", "target", "judgement", "contributors");
            for (OutcomeSection outcome : report.outcomes()) {
                for (IndicatorLine line : outcome.indicators()) {
                    for (var b : line.breakdowns()) {
                        s.text(line.code()).text(b.disaggregation().dimension()).text(b.disaggregation().category()).number(b.actual())
                                .number(b.target()).text(b.judgement() == null ? null : words.label(b.judgement())).whole(b.contributors()).next();
                    }
                }
            }
        }

        private void finances() {
            FinanceRows rows = new FinanceRows(report.finances(), words);
            WorkbookSheet s = sheet("finances", "partner", "year", "category", "budget", "realised", "difference", "differencePercentage",
                    "check", "originalBudget", "originalVersion", "explanation", "sources").width(0, 36).width(10, 50);
            for (var line : report.finances().lines()) {
                var deviation = line.deviation();
                s.text(line.partner().name()).whole(line.year()).text(words.label(line.category())).amount(line.budget()).amount(line.realised())
                        .amount(deviation == null ? null : deviation.difference())
                        .percentage(deviation == null ? null : deviation.percentage().orElse(null)).text(rows.check(deviation))
                        .amount(line.originalBudget()).whole(line.originalVersion()).text(String.join(" ", line.explanations()))
                        .text(refs(line.sources())).next();
            }
        }

        private void totals() {
            WorkbookSheet s = sheet("totals", "kind", "name", "budget", "realised", "difference", "differencePercentage").width(0, 24).width(1, 36);
            for (FinanceTotal t : report.finances().perPartner()) {
                total(s, words.text("finance.perPartner"), t.partner().name(), t);
            }
            for (FinanceTotal t : report.finances().perCategory()) {
                total(s, words.text("finance.perCategory"), words.label(t.category()), t);
            }
            for (var year : report.finances().perYear()) {
                var difference = year.realised().minus(year.budget());
                s.text(words.text("xlsx.perYear")).text(String.valueOf(year.year())).amount(year.budget()).amount(year.realised())
                        .amount(difference).percentage(difference.percentageOf(year.budget()).orElse(null)).next();
            }
            total(s, words.text("finance.total"), report.cover().allianceName(), report.finances().total());
        }

        private void total(WorkbookSheet s, String kind, String name, FinanceTotal t) {
            s.text(kind).text(name).amount(t.budget()).amount(t.realised()).amount(t.difference()).percentage(t.percentage()).next();
        }

        private void subsidy() {
            WorkbookSheet s = sheet("subsidy", "partner", "granted", "advanced", "realised", "own", "thirdParty", "charged", "remaining",
                    "spent", "decisions", "sources").width(0, 36);
            report.subsidy().partners().forEach(line -> grant(s, line.partner().name(), line));
            grant(s, words.text("finance.total"), report.subsidy().total());
        }

        private void grant(WorkbookSheet s, String name, GrantLine g) {
            s.text(name).amount(g.granted()).amount(g.advanced()).amount(g.realised()).amount(g.ownContribution())
                    .amount(g.thirdPartyContribution()).amount(g.charged()).amount(g.remaining()).percentage(g.percentageSpent())
                    .whole(g.decisions()).text(refs(g.sources())).next();
        }

        private void deadlines() {
            WorkbookSheet s = sheet("deadlines", "partner", "kind", "year", "due", "dueBefore", "received", "receivedVersion", "status", "source")
                    .width(0, 36);
            for (var d : report.deadlines()) {
                // the day as the scheme writes it: "vóór 20 september" is the day after the last day in time
                s.text(d.partner().name()).text(words.label(d.kind())).whole(d.year()).date(d.dueBefore() ? d.due().plusDays(1) : d.due())
                        .text(words.text(d.dueBefore() ? "xlsx.before" : "xlsx.atTheLatest"));
                received(s, d.received(), d.receivedOnADay());
                s.whole(d.receivedVersion()).text(words.label(d.status())).whole(d.source()).next();
            }
        }

        private void sources() {
            WorkbookSheet s = sheet("sources", "ref", "partner", "kind", "year", "version", "versions", "file", "checksum", "received",
                    "submittedBy", "rows", "review", "reviewedBy").width(1, 36).width(6, 44).width(7, 68);
            for (var source : report.sources()) {
                s.whole(source.ref()).text(source.partner().name()).text(words.label(source.kind())).whole(source.year())
                        .whole(source.version()).whole(source.versions()).text(source.fileName()).text(source.checksum());
                received(s, source.receivedAt(), source.receivedOnADay());
                s.text(source.submittedBy()).whole((int) source.rows()).text(words.label(source.review())).text(source.reviewedBy()).next();
            }
        }

        /** A receipt as a date and time in the report's zone, or only a date when only the day is known. */
        private void received(WorkbookSheet s, Instant at, boolean onlyADay) {
            if (at == null) {
                s.text(null);
            } else if (onlyADay) {
                s.date(at.atZone(words.zone()).toLocalDate());
            } else {
                s.dateTime(at.atZone(words.zone()).toLocalDateTime());
            }
        }

        private static String refs(List<Integer> sources) {
            return sources.isEmpty() ? null : Rows.joined(sources, ", ");
        }
    }
}
