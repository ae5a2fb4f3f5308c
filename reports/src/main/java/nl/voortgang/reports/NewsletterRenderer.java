package nl.voortgang.reports;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JREmptyDataSource;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import nl.voortgang.core.money.DutchFormat;
import nl.voortgang.core.newsletter.NewsletterIssue;

/**
 * Renders an edition of the newsletter (nieuwsbrief), in Dutch, as a tagged PDF/A-2a file: a masthead with the
 * edition's title and date and its introduction; the news items in a main column, each signed by its author; beside
 * them the agenda of coming meetings and the profile of an organisation with its board (a vacancy shown as such);
 * and under the news a progress block per alliance generated from the data. Built in one Jasper export (a second
 * column is a side-by-side frame, not an OpenPDF page merged in), so that it stays archival.
 *
 * <p>Like {@link ProgressReportRenderer}: templates compiled once per JVM, no state of its own, safe to share.
 */
public final class NewsletterRenderer {

    static final List<String> TEMPLATES = List.of("newsletter", "newsletter-news", "newsletter-progress",
            "newsletter-dates", "newsletter-agenda", "newsletter-board");

    private final ZoneId zone;

    public NewsletterRenderer() {
        this(ZoneId.of("Europe/Amsterdam"));
    }

    public NewsletterRenderer(ZoneId zone) {
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /** Loads (or compiles) every template now rather than on the first edition. */
    public NewsletterRenderer warmUp() {
        TEMPLATES.forEach(Templates::get);
        Templates.styles();
        return this;
    }

    public byte[] render(NewsletterIssue issue) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(128 * 1024);
        render(issue, out);
        return out.toByteArray();
    }

    public void render(NewsletterIssue issue, OutputStream out) {
        Wording words = Wording.of(DutchFormat.DUTCH, zone);
        NewsletterData data = new NewsletterData(issue, words);
        Map<String, Object> parameters = data.parameters();
        Map<String, Object> common = ProgressReportRenderer.common(words);
        ProgressReportRenderer.addSubreports(common, TEMPLATES.subList(1, TEMPLATES.size()));
        parameters.putAll(common);
        parameters.put("COMMON", common);
        JasperPrint print;
        try {
            print = JasperFillManager.fillReport(Templates.get("newsletter"), parameters, new JREmptyDataSource(1));
        } catch (JRException e) {
            throw new ReportRenderingException("De nieuwsbrief kon niet worden gevuld: " + e.getMessage(), e);
        }
        print.setName(data.title());
        ArchivalPdf.export(List.of(print), data.metadata(), out);
    }
}
