package nl.voortgang.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * Every kind of document Voortgang makes is PDF/A-2a (accessible, archival) by veraPDF's own judgement: a year report,
 * a report to date, an English report, several reports in one file, and two editions of the newsletter.
 * ({@link PdfUaConformanceTests} holds the same documents to PDF/UA-1.) A failure lists each rule
 * that failed, with its clause, test number, description and how often.
 */
class PdfaConformanceTests {

    static Stream<Arguments> documents() {
        ProgressReportRenderer reports = new ProgressReportRenderer();
        return Stream.of(
                document("year report SWH 2018", () -> reports.render(SampleWorld.year("SWH", 2018))),
                document("report to date WEDT 2019", () -> reports.render(SampleWorld.toDate("WEDT", 2019))),
                document("English report SWH 2018", () -> reports.render(SampleWorld.year("SWH", 2018), Locale.UK)),
                document("two reports in one file", () -> reports.renderAll(
                        List.of(SampleWorld.year("SWH", 2019), SampleWorld.year("WEDT", 2019)), Locale.forLanguageTag("nl-NL"))),
                document("newsletter June 2019", () -> new NewsletterRenderer().render(SampleWorld.newsletter(2019, 6))),
                document("newsletter October 2017", () -> new NewsletterRenderer().render(SampleWorld.newsletter(2017, 10))));
    }

    /** Rendered once per test run, whichever test asks first (PDF/A-2a, PDF/UA-1 and structure tests share them). */
    private static final Map<String, byte[]> RENDERED = new ConcurrentHashMap<>();

    private static Arguments document(String name, Supplier<byte[]> pdf) {
        Supplier<byte[]> once = () -> RENDERED.computeIfAbsent(name, n -> pdf.get()).clone();
        return Arguments.of(name, once);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void is_pdfa_2a_by_verapdf(String name, Supplier<byte[]> render) {
        VeraPdf.Verdict verdict = VeraPdf.validate(render.get(), PDFAFlavour.PDFA_2_A);
        assertThat(verdict.flavour()).isEqualTo(PDFAFlavour.PDFA_2_A);
        assertThat(verdict.failedRules()).as(name + ": rules of PDF/A-2a that failed").isEmpty();
        assertThat(verdict.compliant()).as(name + " is PDF/A-2a compliant").isTrue();
    }

    @Test
    void no_font_keeps_the_cid_set_that_pdfa_2_rejects() throws Exception {
        byte[] pdf = new ProgressReportRenderer().render(SampleWorld.year("SWH", 2018));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<COSObject> descriptors = document.getDocument().getObjectsByType(COSName.FONT_DESC);
            assertThat(descriptors).isNotEmpty();
            assertThat(descriptors).allSatisfy(d -> assertThat(((org.apache.pdfbox.cos.COSDictionary) d.getObject())
                    .containsKey(COSName.CID_SET)).isFalse());
        }
    }

    @Test
    void the_exporters_own_output_fails_only_the_cid_set_rule_which_is_why_the_renderer_removes_it() throws Exception {
        ProgressReportRenderer renderer = new ProgressReportRenderer();
        var report = SampleWorld.year("SWH", 2018);
        Locale dutch = Locale.forLanguageTag("nl-NL");
        byte[] raw = ArchivalPdf.exportAsJasperWritesIt(List.of(renderer.fill(report, dutch)), renderer.metadata(report, dutch));
        List<String> failed = VeraPdf.validate(raw, PDFAFlavour.PDFA_2_A).failedRules();
        assertThat(failed).hasSize(1);
        assertThat(failed.get(0)).startsWith("ISO 19005-2:2011 6.2.11.4.2-");
    }

    @Test
    void the_exporters_own_output_is_not_pdf_ua_which_is_why_the_renderer_finishes_it() {
        ProgressReportRenderer renderer = new ProgressReportRenderer();
        var report = SampleWorld.year("SWH", 2018);
        Locale dutch = Locale.forLanguageTag("nl-NL");
        byte[] raw = ArchivalPdf.exportAsJasperWritesIt(List.of(renderer.fill(report, dutch)), renderer.metadata(report, dutch));
        // 5-1: no pdfuaid in the XMP; 7.1-3: lines, rectangles, backgrounds and borders drawn outside any tag
        assertThat(VeraPdf.validate(raw, PDFAFlavour.PDFUA_1).failedRules()).extracting(rule -> rule.substring(0, rule.indexOf(':', 20)))
                .contains("ISO 14289-1:2014 5-1", "ISO 14289-1:2014 7.1-3");
    }
}
