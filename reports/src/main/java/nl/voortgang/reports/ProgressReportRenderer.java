package nl.voortgang.reports;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JREmptyDataSource;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import nl.voortgang.core.money.DutchFormat;
import nl.voortgang.core.progress.ProgressReport;

/**
 * Renders the ministry's progress report (voortgangsrapportage) of an alliance as a tagged PDF/A-2a file: cover, key
 * figures and points for attention, strategy, activities and indicators per outcome, finances with deviations beyond
 * tolerance, deadlines, and an appendix with every submission used. Dutch by default; English with an English
 * locale ({@link Locale#UK}, {@code en}): one set of templates, the words from {@code labels_nl}/{@code labels_en}.
 *
 * <p>The templates are compiled once per JVM and shared; an instance holds no state of its own, so one renderer can
 * be used by several threads at once.
 */
public final class ProgressReportRenderer {

    /** The templates this renderer fills: the master report and its subreports. */
    static final List<String> TEMPLATES = List.of("progress-report", "bullets", "facts", "key-figures", "outcomes", "activities",
            "narratives", "indicators", "indicator-partners", "finance-lines", "finance-totals", "deviations", "subsidy", "year-spending", "deadlines", "sources");

    private static final AtomicBoolean WARMED_UP = new AtomicBoolean();

    private final ZoneId zone;

    /** Times (as-of moment, arrivals) in the Netherlands' time zone. */
    public ProgressReportRenderer() {
        this(ZoneId.of("Europe/Amsterdam"));
    }

    public ProgressReportRenderer(ZoneId zone) {
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /**
     * Prepares this process for its first report: loads every template and renders a small made-up report into
     * nothing, so that fonts, charts and the PDF code are loaded too, and the first real report takes about as long
     * as any later one. Renders once per process; call it on a spare thread while the caller gathers its data.
     */
    public ProgressReportRenderer warmUp() {
        TEMPLATES.forEach(Templates::get);
        Templates.styles();
        if (WARMED_UP.compareAndSet(false, true)) {
            ProgressReport specimen = Specimen.progressReport();
            render(specimen, DutchFormat.DUTCH, OutputStream.nullOutputStream());
        }
        return this;
    }

    /** The report in Dutch. */
    public byte[] render(ProgressReport report) {
        return render(report, DutchFormat.DUTCH);
    }

    public byte[] render(ProgressReport report, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        render(report, locale, out);
        return out.toByteArray();
    }

    public void render(ProgressReport report, Locale locale, OutputStream out) {
        renderAll(List.of(report), locale, out);
    }

    /** Several reports in one PDF/A file (one export, each report with its own page numbers and bookmarks). */
    public byte[] renderAll(List<ProgressReport> reports, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(512 * 1024);
        renderAll(reports, locale, out);
        return out.toByteArray();
    }

    public void renderAll(List<ProgressReport> reports, Locale locale, OutputStream out) {
        renderTimed(reports, locale, out);
    }

    /**
     * How long the stages of one rendering took: filling the templates, JasperReports' tagged PDF/A export, and the
     * finishing (PDF/A-2 and PDF/UA-1 corrections with PDFBox, and the save). For benchmarks and for an embedder's log.
     */
    public record Timing(Duration fill, Duration export, Duration finish, FinishingSteps finishing) {

        public Duration total() {
            return fill.plus(export).plus(finish);
        }
    }

    /**
     * The finishing's steps: PDFBox loading the exported file, the structure tree (page furniture out, rows into tables,
     * items into lists), marking the pages' untagged content as artifacts, and saving.
     */
    public record FinishingSteps(Duration load, Duration structure, Duration content, Duration save) {
    }

    /** {@link #renderAll(List, Locale, OutputStream)}, saying how long each stage took. */
    public Timing renderTimed(List<ProgressReport> reports, Locale locale, OutputStream out) {
        if (reports.isEmpty()) {
            throw new IllegalArgumentException("no reports to render");
        }
        long started = System.nanoTime();
        Wording words = Wording.of(locale, zone);
        List<JasperPrint> prints = new ArrayList<>();
        for (ProgressReport report : reports) {
            prints.add(fill(new ProgressReportData(report, words)));
        }
        ArchivalPdf.Metadata metadata = new ProgressReportData(reports.get(0), words).metadata();
        if (reports.size() > 1) {
            metadata = new ArchivalPdf.Metadata(words.text("meta.collection", String.valueOf(reports.size())), metadata.author(),
                    metadata.subject(), metadata.keywords(), metadata.languageTag());
        }
        long filled = System.nanoTime();
        PageFurniture.mark(prints);
        byte[] exported = ArchivalPdf.exportAsJasperWritesIt(prints, metadata);
        long exportedAt = System.nanoTime();
        ArchivalPdf.FinishSteps steps = ArchivalPdf.finishTimed(exported, out);
        long finished = System.nanoTime();
        return new Timing(Duration.ofNanos(filled - started), Duration.ofNanos(exportedAt - filled), Duration.ofNanos(finished - exportedAt),
                new FinishingSteps(Duration.ofNanos(steps.load()), Duration.ofNanos(steps.structure()), Duration.ofNanos(steps.content()),
                        Duration.ofNanos(steps.save())));
    }

    /** The filled report, before export (for tests and for callers that export elsewhere within this package). */
    JasperPrint fill(ProgressReport report, Locale locale) {
        return fill(new ProgressReportData(report, Wording.of(locale, zone)));
    }

    ArchivalPdf.Metadata metadata(ProgressReport report, Locale locale) {
        return new ProgressReportData(report, Wording.of(locale, zone)).metadata();
    }

    @SuppressWarnings("unchecked")
    private JasperPrint fill(ProgressReportData data) {
        Wording words = data.words();
        Map<String, Object> parameters = data.parameters();
        Map<String, Object> common = common(words);
        addSubreports(common, TEMPLATES.subList(1, TEMPLATES.size()));
        parameters.putAll(common);
        parameters.put("COMMON", common);
        // a table used twice gets its headers and total row with the common parameters, one map per use
        for (String table : List.of("SUBSIDY_GRANTS_TABLE", "SUBSIDY_COSTS_TABLE")) {
            Map<String, Object> own = new HashMap<>(common);
            own.putAll((Map<String, Object>) parameters.get(table));
            parameters.put(table, own);
        }
        try {
            JasperPrint print = JasperFillManager.fillReport(Templates.get("progress-report"), parameters, new JREmptyDataSource(1));
            print.setName(data.title() + " — " + data.allianceLine());
            return print;
        } catch (JRException e) {
            throw new ReportRenderingException("De voortgangsrapportage kon niet worden gevuld: " + e.getMessage(), e);
        }
    }

    /** What every (sub)report gets: language, words, time zone, the shared styles and the compiled subreports. */
    static Map<String, Object> common(Wording words) {
        Map<String, Object> common = new HashMap<>();
        common.put(JRParameter.REPORT_LOCALE, words.locale());
        common.put(JRParameter.REPORT_RESOURCE_BUNDLE, words.bundle());
        common.put(JRParameter.REPORT_TIME_ZONE, java.util.TimeZone.getTimeZone(words.zone()));
        common.put(JRParameter.REPORT_TEMPLATES, List.of(Templates.styles()));
        return common;
    }

    static void addSubreports(Map<String, Object> common, List<String> names) {
        for (String name : names) {
            common.put(name.toUpperCase(Locale.ROOT).replace('-', '_') + "_REPORT", Templates.get(name));
        }
    }
}
