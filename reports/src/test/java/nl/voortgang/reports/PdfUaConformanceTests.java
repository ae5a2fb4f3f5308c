package nl.voortgang.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * Every kind of document Voortgang makes is PDF/UA-1 by veraPDF's own judgement (profile {@code ua1}), the same
 * documents that {@link PdfaConformanceTests} holds to PDF/A-2a. A failure lists each rule that failed, with its
 * clause, test number, description and how often.
 *
 * <p>veraPDF checks only what a machine can; a flat structure tree would pass too. So the structure is checked here as
 * well: headings, tables with header cells that say their scope, lists, alternative text on every figure, no page
 * furniture left in the tree.
 */
class PdfUaConformanceTests {

    static Stream<Arguments> documents() {
        return PdfaConformanceTests.documents();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void is_pdf_ua_1_by_verapdf(String name, Supplier<byte[]> render) {
        VeraPdf.Verdict verdict = VeraPdf.validate(render.get(), PDFAFlavour.PDFUA_1);
        assertThat(verdict.flavour()).isEqualTo(PDFAFlavour.PDFUA_1);
        assertThat(verdict.failedRules()).as(name + ": rules of PDF/UA-1 that failed").isEmpty();
        assertThat(verdict.compliant()).as(name + " is PDF/UA-1 compliant").isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void says_it_is_pdf_ua_1_and_leaves_no_page_furniture_in_the_structure(String name, Supplier<byte[]> render) throws IOException {
        List<Element> elements = structure(render.get());
        assertThat(elements).extracting(Element::type).as(name).doesNotContain("Note", "Anchor");
        assertThat(elements).filteredOn(e -> e.type().equals("TR")).as(name + ": rows outside a table")
                .allSatisfy(row -> assertThat(row.parentType()).isEqualTo("Table"));
        assertThat(elements).filteredOn(e -> e.type().equals("LI")).as(name + ": list items outside a list")
                .allSatisfy(item -> assertThat(item.parentType()).isEqualTo("L"));
        assertThat(elements).filteredOn(e -> e.type().equals("TH")).as(name + ": header cells without a scope")
                .allSatisfy(th -> assertThat(th.scope()).isIn("Column", "Row"));
        assertThat(elements).filteredOn(e -> e.type().equals("Figure")).as(name + ": figures without alternative text")
                .allSatisfy(figure -> assertThat(figure.alt()).isNotBlank());
    }

    @Test
    void the_progress_report_has_headings_tables_with_column_headers_lists_and_described_charts() throws IOException {
        List<Element> elements = structure(new ProgressReportRenderer().render(SampleWorld.year("SWH", 2018)));
        List<String> headings = elements.stream().map(Element::type).filter(t -> t.matches("H[1-6]")).toList();
        assertThat(headings).first().isEqualTo("H1");
        assertThat(headings).contains("H1", "H2", "H3", "H4");
        noLevelSkipped(headings);

        List<Element> tables = elements.stream().filter(e -> e.type().equals("Table")).toList();
        assertThat(tables).hasSizeGreaterThan(10);
        assertThat(elements).filteredOn(e -> e.type().equals("TH") && "Column".equals(e.scope())).isNotEmpty();
        assertThat(elements).filteredOn(e -> e.type().equals("TH") && "Row".equals(e.scope())).isNotEmpty();
        assertThat(elements).filteredOn(e -> e.type().equals("L")).isNotEmpty();

        List<String> alts = elements.stream().filter(e -> e.type().equals("Figure")).map(Element::alt).toList();
        assertThat(alts).isNotEmpty().allSatisfy(alt -> assertThat(alt).startsWith("Staafdiagram: "));
        assertThat(alts).anySatisfy(alt -> assertThat(alt).contains("resultaat per jaar tegen de streefwaarde"));
        // a year's report has no spending chart (one bar pair would repeat the table's total); a to-date report has one
        List<String> toDateAlts = structure(new ProgressReportRenderer().render(SampleWorld.toDate("SWH", 2019))).stream()
                .filter(e -> e.type().equals("Figure")).map(Element::alt).toList();
        assertThat(toDateAlts).anySatisfy(alt -> assertThat(alt).contains("gerealiseerde uitgaven per jaar, tot en met 2019"));
    }

    @Test
    void the_english_report_describes_its_charts_in_english() throws IOException {
        List<Element> elements = structure(new ProgressReportRenderer().render(SampleWorld.year("SWH", 2018), Locale.UK));
        assertThat(elements).filteredOn(e -> e.type().equals("Figure")).extracting(Element::alt)
                .isNotEmpty().allSatisfy(alt -> assertThat(alt).startsWith("Bar chart: "));
    }

    @Test
    void the_newsletter_has_headings_and_its_board_as_a_table() throws IOException {
        List<Element> elements = structure(new NewsletterRenderer().render(SampleWorld.newsletter(2019, 6)));
        List<String> headings = elements.stream().map(Element::type).filter(t -> t.matches("H[1-6]")).toList();
        assertThat(headings).first().isEqualTo("H1");
        assertThat(headings).contains("H2", "H3", "H4");
        noLevelSkipped(headings);
        assertThat(elements).filteredOn(e -> e.type().equals("Table")).isNotEmpty();
    }

    /**
     * The tags that the finishing reads or makes are not used by the templates: {@code tag.note} marks page furniture
     * ({@link PageFurniture}); tables and lists are made from their rows and items ({@link TableStructure}), an
     * exporter {@code tag.table} or {@code tag.l} would nest whatever follows in it.
     */
    @Test
    void no_template_uses_the_tags_that_the_finishing_reserves() throws IOException {
        for (Path jrxml : TemplatesTests.jrxmlFiles()) {
            String template = Files.readString(jrxml, StandardCharsets.UTF_8);
            assertThat(template).as(jrxml.getFileName().toString())
                    .doesNotContain(PageFurniture.MARKER + "\"")
                    .doesNotContain("net.sf.jasperreports.export.pdf.tag.table\"")
                    .doesNotContain("net.sf.jasperreports.export.pdf.tag.l\"");
        }
    }

    @Test
    void drawing_outside_any_tag_is_wrapped_as_an_artifact_and_furniture_is_re_marked() throws IOException {
        String content = "0 0 m 10 0 l S /P <</MCID 0>> BDC BT (a) Tj ET EMC q 1 g 0 0 5 5 re f Q "
                + "/P <</MCID 1>> BDC BT (Pagina 2 van 9) Tj ET EMC BT ET /Xf1 Do";
        List<Object> tokens = new org.apache.pdfbox.pdfparser.PDFStreamParser(content.getBytes(StandardCharsets.US_ASCII)).parse();
        List<Object> rewritten = ContentArtifacts.rewrite(tokens, java.util.Map.of(1, StructTree.PAGINATION));
        var out = new java.io.ByteArrayOutputStream();
        new org.apache.pdfbox.pdfwriter.ContentStreamWriter(out).writeTokens(rewritten);
        assertThat(out.toString(StandardCharsets.US_ASCII).replaceAll("\\s+", " ").trim()).isEqualTo(
                "/Artifact BMC 0 0 m 10 0 l S EMC /P <</MCID 0 >> BDC BT (a) Tj ET EMC "
                        + "q 1 g /Artifact BMC 0 0 5 5 re f EMC Q "
                        + "/Artifact <</Type /Pagination >> BDC BT (Pagina 2 van 9) Tj ET EMC /Artifact BMC BT ET /Xf1 Do EMC");
    }

    private static void noLevelSkipped(List<String> headings) {
        int previous = 0;
        for (String heading : headings) {
            int level = heading.charAt(1) - '0';
            assertThat(level).as("heading " + heading + " after level " + previous).isLessThanOrEqualTo(previous + 1);
            previous = level;
        }
    }

    /** One structure element: its type after the role map, its parent's, its alternative text and table scope. */
    record Element(String type, String parentType, String alt, String scope) {
    }

    static List<Element> structure(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            COSDictionary root = document.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.STRUCT_TREE_ROOT);
            assertThat(root).as("structure tree").isNotNull();
            COSDictionary roleMap = root.getCOSDictionary(COSName.ROLE_MAP);
            List<Element> elements = new ArrayList<>();
            collect(root.getDictionaryObject(COSName.K), "", roleMap, elements);
            return elements;
        }
    }

    private static void collect(COSBase kids, String parentType, COSDictionary roleMap, List<Element> into) {
        COSBase k = StructTree.resolve(kids);
        if (k instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                collect(array.get(i), parentType, roleMap, into);
            }
        } else if (k instanceof COSDictionary element && element.containsKey(COSName.S)) {
            String type = mapped(element.getNameAsString(COSName.S), roleMap);
            into.add(new Element(type, parentType, element.getString(COSName.ALT), scope(element)));
            collect(element.getDictionaryObject(COSName.K), type, roleMap, into);
        }
    }

    /** The standard type a custom type maps to (All → Sect, Image → Figure, Text → P). */
    private static String mapped(String type, COSDictionary roleMap) {
        String mapped = type;
        for (int i = 0; i < 10 && roleMap != null && roleMap.getCOSName(COSName.getPDFName(mapped)) != null; i++) {
            mapped = roleMap.getCOSName(COSName.getPDFName(mapped)).getName();
        }
        return mapped;
    }

    private static String scope(COSDictionary element) {
        COSBase attributes = element.getDictionaryObject(COSName.A);
        List<COSDictionary> dictionaries = new ArrayList<>();
        if (attributes instanceof COSDictionary dictionary) {
            dictionaries.add(dictionary);
        } else if (attributes instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.getObject(i) instanceof COSDictionary dictionary) {
                    dictionaries.add(dictionary);
                }
            }
        }
        return dictionaries.stream().map(d -> d.getNameAsString(COSName.getPDFName("Scope"))).filter(s -> s != null).findFirst().orElse(null);
    }
}
