package nl.voortgang.batch.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.voortgang.batch.CrashPoint;
import nl.voortgang.core.alliance.Alliance;
import nl.voortgang.core.alliance.Alliances;
import nl.voortgang.core.newsletter.Edition;
import nl.voortgang.core.newsletter.NewsletterBuilder;
import nl.voortgang.core.newsletter.NewsletterContent;
import nl.voortgang.core.accountability.ReportSubmission;
import nl.voortgang.core.progress.ReportScope;
import nl.voortgang.core.progress.ReportUnavailable;
import nl.voortgang.core.submission.Submission;
import nl.voortgang.core.submission.Submissions;
import nl.voortgang.reports.NewsletterRenderer;
import nl.voortgang.reports.ProgressReportRenderer;
import nl.voortgang.reports.ProgressReportWorkbook;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes progress reports and newsletters as PDF files: on demand, and for the nightly run only those whose data
 * changed since they were last written (or whose file is gone). A PDF is written under a temporary name and
 * renamed when complete, so that a reader never sees half a report.
 */
public class ReportPublisher {

    private final ReportSubmission reports;
    private final NewsletterBuilder newsletters;
    private final ProgressReportRenderer reportRenderer;
    private final NewsletterRenderer newsletterRenderer;
    private final Alliances alliances;
    private final Submissions submissions;
    private final NewsletterContent newsletterContent;
    private final ReportOutputs outputs;
    private final JdbcClient jdbc;
    private final Clock clock;

    public ReportPublisher(ReportSubmission reports, NewsletterBuilder newsletters, ProgressReportRenderer reportRenderer,
                           NewsletterRenderer newsletterRenderer, Alliances alliances, Submissions submissions,
                           NewsletterContent newsletterContent, ReportOutputs outputs, JdbcClient jdbc, Clock clock) {
        this.reports = reports;
        this.newsletters = newsletters;
        this.reportRenderer = reportRenderer;
        this.newsletterRenderer = newsletterRenderer;
        this.alliances = alliances;
        this.submissions = submissions;
        this.newsletterContent = newsletterContent;
        this.outputs = outputs;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Writes one progress report. */
    public void writeReport(ReportScope scope, Locale locale, Path target) throws ReportUnavailable, UnwritableTarget {
        var report = reports.current(scope);
        write(target, out -> reportRenderer.render(report, locale, out));
    }

    /** Writes a progress report already built (such as the report as it was submitted), as PDF or, with {@code workbook}, .xlsx. */
    public void write(nl.voortgang.core.progress.ProgressReport report, Locale locale, boolean workbook, Path target) throws UnwritableTarget {
        write(target, out -> {
            if (workbook) {
                new ProgressReportWorkbook(clock.getZone()).render(report, locale, out);
            } else {
                reportRenderer.render(report, locale, out);
            }
        });
    }

    /** Writes one progress report's workbook (.xlsx): every table of the report, with the sources of each figure. */
    public void writeWorkbook(ReportScope scope, Locale locale, Path target) throws ReportUnavailable, UnwritableTarget {
        var report = reports.current(scope);
        write(target, out -> new ProgressReportWorkbook(clock.getZone()).render(report, locale, out));
    }

    /** Writes one newsletter edition. */
    public void writeNewsletter(YearMonth edition, Path target) throws ReportUnavailable, UnwritableTarget {
        var issue = newsletters.build(edition);
        write(target, out -> newsletterRenderer.render(issue, out));
    }

    /** A PDF the nightly run keeps up to date: what it is, where it goes, and the fingerprint of its data. */
    public record Planned(ReportOutputs.Kind kind, String alliance, Path target, String fingerprint, Writer writer) {
    }

    /** Writes a PDF to a stream. */
    @FunctionalInterface
    public interface Writer {
        void write(Path target) throws ReportUnavailable, UnwritableTarget;
    }

    /**
     * The PDFs the output folder should hold: for each alliance with data, its report for the latest year with
     * data and its report for the partnership to date; and the newsletter's latest edition.
     */
    public List<Planned> planned(Path outFolder) {
        List<Planned> planned = new ArrayList<>();
        String reference = referenceFingerprint();
        for (Alliance alliance : alliances.all()) {
            List<Submission> current = submissions.currentFor(alliance.code());
            Optional<Integer> latest = current.stream().map(s -> s.key().year()).max(Comparator.naturalOrder());
            if (latest.isEmpty()) {
                continue;
            }
            String data = fingerprint(reference, current);
            int year = latest.get();
            String code = alliance.code().value();
            planned.add(new Planned(ReportOutputs.Kind.PROGRESS_REPORT, code, outFolder.resolve("voortgangsrapportage-" + code + "-" + year + ".pdf"),
                    fingerprint(data, "jaar " + year), target -> writeReport(ReportScope.year(alliance.code(), year), Locale.forLanguageTag("nl-NL"), target)));
            planned.add(new Planned(ReportOutputs.Kind.PROGRESS_REPORT, code,
                    outFolder.resolve("voortgangsrapportage-" + code + "-tot-en-met-" + year + ".pdf"), fingerprint(data, "tot en met " + year),
                    target -> writeReport(ReportScope.toDate(alliance.code(), year), Locale.forLanguageTag("nl-NL"), target)));
        }
        latestEdition().ifPresent(edition -> {
            List<Submission> all = submissions.all().stream().filter(Submission::isCurrent).toList();
            planned.add(new Planned(ReportOutputs.Kind.NEWSLETTER, null, outFolder.resolve("nieuwsbrief-" + edition.edition() + ".pdf"),
                    fingerprint(fingerprint(reference, all), "nieuwsbrief " + edition.edition()),
                    target -> writeNewsletter(edition.edition(), target)));
        });
        return planned;
    }

    /** Whether the PDF is missing or was made from other data than there is now. */
    public boolean isOutdated(Planned pdf) {
        return !Files.exists(pdf.target()) || !outputs.fingerprintOf(pdf.target()).map(pdf.fingerprint()::equals).orElse(false);
    }

    /** Writes the PDF and records what data it was made from. */
    public ReportOutputs.Output publish(Planned pdf, Long run) throws ReportUnavailable, UnwritableTarget {
        pdf.writer().write(pdf.target());
        var output = new ReportOutputs.Output(pdf.target(), pdf.kind(), pdf.alliance(), pdf.fingerprint(), clock.instant(), run);
        outputs.record(output);
        return output;
    }

    /** The latest edition that has appeared by today, or else the first one. */
    private Optional<Edition> latestEdition() {
        var today = java.time.LocalDate.now(clock);
        List<Edition> editions = newsletterContent.editions();
        return editions.stream().filter(e -> !e.publishedOn().isAfter(today)).max(Comparator.comparing(Edition::edition))
                .or(() -> editions.stream().min(Comparator.comparing(Edition::edition)));
    }

    /**
     * What the reports depend on besides the partners' files: the reference data, and the acts of the cycle (reviews,
     * submissions, the ministry's assessments), each of which is printed; acts are only ever added, so counts change.
     */
    private String referenceFingerprint() {
        return jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM reference_file").query(Long.class).single() + "/"
                + jdbc.sql("SELECT (SELECT COUNT(*) FROM submission_review) + 1000000 * (SELECT COUNT(*) FROM submitted_report) "
                + "+ 1000000000 * (SELECT COUNT(*) FROM ministry_assessment) FROM (VALUES (0)) AS one(x)").query(Long.class).single();
    }

    private static String fingerprint(String prefix, List<Submission> current) {
        StringBuilder text = new StringBuilder(prefix);
        current.stream().sorted(Comparator.comparing(Submission::id)).forEach(s -> text.append('|').append(s.id()).append(':').append(s.version()));
        return fingerprint(text.toString(), "");
    }

    private static String fingerprint(String data, String what) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest((data + "#" + what).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void write(Path target, PdfWriter writer) throws UnwritableTarget {
        Path folder = target.toAbsolutePath().getParent();
        Path partial = folder.resolve("." + target.getFileName() + ".part");
        try {
            Files.createDirectories(folder);
            try (OutputStream out = Files.newOutputStream(partial)) {
                writer.write(out);
            }
            CrashPoint.at("report-exporting");
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UnwritableTarget(target, e);
        }
    }

    @FunctionalInterface
    private interface PdfWriter {
        void write(OutputStream out) throws IOException;
    }

    /** The PDF cannot be written where it was asked to go. */
    public static final class UnwritableTarget extends Exception {

        public UnwritableTarget(Path target, IOException cause) {
            super("Het bestand " + target + " kan niet worden geschreven (" + describe(cause) + "). Kies een map waarin u mag schrijven.", cause);
        }

        private static String describe(IOException cause) {
            if (cause instanceof AccessDeniedException) {
                return "geen toestemming";
            }
            if (cause instanceof java.nio.file.NoSuchFileException) {
                return "de map bestaat niet";
            }
            return cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
        }
    }
}
