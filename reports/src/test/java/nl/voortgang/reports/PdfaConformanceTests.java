package nl.voortgang.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.VeraPDFFoundry;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * Every kind of document Voortgang makes is PDF/A-2a (accessible, archival) by veraPDF's own judgement: a year report,
 * a report to date, an English report, several reports in one file, and the newsletter. A failure lists each rule
 * that failed, with its clause, test number, description and how often.
 */
class PdfaConformanceTests {

    @BeforeAll
    static void initialiseVeraPdf() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    static Stream<Arguments> documents() {
        ProgressReportRenderer reports = new ProgressReportRenderer();
        return Stream.of(
                document("year report SWH 2018", () -> reports.render(SampleWorld.year("SWH", 2018))),
                document("report to date WEDT 2019", () -> reports.render(SampleWorld.toDate("WEDT", 2019))),
                document("English report SWH 2018", () -> reports.render(SampleWorld.year("SWH", 2018), Locale.UK)),
                document("two reports in one file", () -> reports.renderAll(
                        List.of(SampleWorld.year("SWH", 2019), SampleWorld.year("WEDT", 2019)), Locale.forLanguageTag("nl-NL"))),
                document("newsletter June 2019", () -> new NewsletterRenderer().render(SampleWorld.newsletter(2019, 6))));
    }

    private static Arguments document(String name, Supplier<byte[]> pdf) {
        return Arguments.of(name, pdf);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void is_pdfa_2a_by_verapdf(String name, Supplier<byte[]> render) throws Exception {
        byte[] pdf = render.get();
        try (VeraPDFFoundry foundry = Foundries.defaultInstance();
             PDFAParser parser = foundry.createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFA_2_A);
             PDFAValidator validator = foundry.createValidator(PDFAFlavour.PDFA_2_A, false)) {
            ValidationResult result = validator.validate(parser);
            assertThat(result.getPDFAFlavour()).isEqualTo(PDFAFlavour.PDFA_2_A);
            assertThat(failedRules(result)).as(name + ": rules of PDF/A-2a that failed").isEmpty();
            assertThat(result.isCompliant()).as(name + " is PDF/A-2a compliant").isTrue();
        }
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
        try (VeraPDFFoundry foundry = Foundries.defaultInstance();
             PDFAParser parser = foundry.createParser(new ByteArrayInputStream(raw), PDFAFlavour.PDFA_2_A);
             PDFAValidator validator = foundry.createValidator(PDFAFlavour.PDFA_2_A, false)) {
            List<String> failed = failedRules(validator.validate(parser));
            assertThat(failed).hasSize(1);
            assertThat(failed.get(0)).startsWith("ISO 19005-2:2011 6.2.11.4.2-");
        }
    }

    /** "ISO 19005-2:2011 6.2.11.4.2-1: description (3×)" per failed rule. */
    private static List<String> failedRules(ValidationResult result) {
        Map<String, Integer> counts = new TreeMap<>();
        Map<String, String> descriptions = new TreeMap<>();
        for (TestAssertion assertion : result.getTestAssertions()) {
            if (assertion.getStatus() == TestAssertion.Status.FAILED) {
                var rule = assertion.getRuleId();
                String key = rule.getSpecification().getId() + " " + rule.getClause() + "-" + rule.getTestNumber();
                counts.merge(key, 1, Integer::sum);
                descriptions.putIfAbsent(key, assertion.getMessage());
            }
        }
        return counts.entrySet().stream().map(e -> e.getKey() + ": " + descriptions.get(e.getKey()) + " (" + e.getValue() + "×)").toList();
    }
}
