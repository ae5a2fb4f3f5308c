package nl.voortgang.reports;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import net.sf.jasperreports.pdf.type.PdfVersionEnum;
import net.sf.jasperreports.pdf.type.PdfaConformanceEnum;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Exports filled reports as one tagged PDF/A-2a and PDF/UA-1 file: language, document metadata, an sRGB output intent
 * (the JDK's own profile), bookmarks from the templates' anchors, fonts embedded from the font extension. Several
 * reports go into one export (a merge with PdfCopy would drop the PDF/A metadata, output intent and tags).
 *
 * <p>Before the export, the page header and footer elements are marked ({@link PageFurniture#mark}). After it, the
 * file is finished with PDFBox and saved anew (the content streams change, so a full save rather than an incremental
 * update):
 *
 * <ul>
 *   <li>the exporter writes a {@code /CIDSet} for each embedded font subset that does not list every glyph, which
 *   ISO 19005-2 rule 6.2.11.4.2 rejects; PDF/A-2 does not require a CIDSet, so it is removed from the font
 *   descriptors;</li>
 *   <li>what PDF/UA-1 needs and the exporter cannot write: {@link AccessiblePdf}.</li>
 * </ul>
 */
final class ArchivalPdf {

    /** What the PDF says about itself (document information and XMP). */
    record Metadata(String title, String author, String subject, String keywords, String languageTag) {
    }

    private static volatile Path srgbProfile;

    private ArchivalPdf() {
    }

    static void export(List<JasperPrint> prints, Metadata metadata, OutputStream out) {
        PageFurniture.mark(prints);
        finish(exportAsJasperWritesIt(prints, metadata), out);
    }

    /** The exporter's own PDF/A-2a output, before it is finished. */
    static byte[] exportAsJasperWritesIt(List<JasperPrint> prints, Metadata metadata) {
        ByteArrayOutputStream exported = new ByteArrayOutputStream(256 * 1024);
        JRPdfExporter exporter = new JRPdfExporter();
        exporter.setExporterInput(SimpleExporterInput.getInstance(prints));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(exported));
        SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
        configuration.setPdfVersion(PdfVersionEnum.VERSION_1_7);
        configuration.setPdfaConformance(PdfaConformanceEnum.PDFA_2A);
        configuration.setTagged(true);
        configuration.setTagLanguage(metadata.languageTag());
        configuration.setIccProfilePath(srgbProfile().toString());
        configuration.setMetadataTitle(metadata.title());
        configuration.setMetadataAuthor(metadata.author());
        configuration.setMetadataSubject(metadata.subject());
        configuration.setMetadataKeywords(metadata.keywords());
        configuration.setMetadataCreator("Voortgang");
        configuration.setDisplayMetadataTitle(true);
        configuration.setCreatingBatchModeBookmarks(prints.size() > 1);
        exporter.setConfiguration(configuration);
        try {
            exporter.exportReport();
        } catch (JRException e) {
            throw new ReportRenderingException("De PDF kon niet worden gemaakt: " + e.getMessage(), e);
        }
        return exported.toByteArray();
    }

    /** The exporter's output finished: without CIDSets, and PDF/UA-1 ({@link AccessiblePdf}); saved anew. */
    static void finish(byte[] pdf, OutputStream out) {
        finishTimed(pdf, out);
    }

    /** How long the finishing's steps took, in nanoseconds: loading, the structure tree, the pages' content, saving. */
    record FinishSteps(long load, long structure, long content, long save) {
    }

    static FinishSteps finishTimed(byte[] pdf, OutputStream out) {
        long started = System.nanoTime();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            long loaded = System.nanoTime();
            removeCidSets(document);
            StructTree tree = AccessiblePdf.structure(document);
            long structured = System.nanoTime();
            AccessiblePdf.content(document, tree);
            long marked = System.nanoTime();
            document.save(out);
            long saved = System.nanoTime();
            return new FinishSteps(loaded - started, structured - loaded, marked - structured, saved - marked);
        } catch (IOException e) {
            throw new ReportRenderingException("De PDF kon niet worden afgewerkt: " + e.getMessage(), e);
        }
    }

    /** Removes {@code /CIDSet} from every font descriptor. */
    private static void removeCidSets(PDDocument document) {
        Set<COSDictionary> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (var page : document.getPages()) {
            var resources = page.getResources();
            if (resources == null) {
                continue;
            }
            for (COSName name : resources.getFontNames()) {
                COSDictionary font = resources.getCOSObject().getCOSDictionary(COSName.FONT).getCOSDictionary(name);
                if (font != null && seen.add(font)) {
                    removeCidSets(font);
                }
            }
        }
    }

    /** The font's descriptor, and those of its descendant fonts (a Type 0 font keeps its glyphs in a CIDFont). */
    private static void removeCidSets(COSDictionary font) {
        removeCidSet(font.getCOSDictionary(COSName.FONT_DESC));
        var descendants = font.getCOSArray(COSName.DESCENDANT_FONTS);
        if (descendants != null) {
            for (int i = 0; i < descendants.size(); i++) {
                if (descendants.getObject(i) instanceof COSDictionary descendant) {
                    removeCidSet(descendant.getCOSDictionary(COSName.FONT_DESC));
                }
            }
        }
    }

    private static void removeCidSet(COSDictionary descriptor) {
        if (descriptor != null) {
            descriptor.removeItem(COSName.CID_SET);
        }
    }

    /** The JDK's sRGB profile, written once per JVM to a temporary file for the exporter's output intent. */
    private static Path srgbProfile() {
        Path profile = srgbProfile;
        if (profile == null) {
            synchronized (ArchivalPdf.class) {
                if (srgbProfile == null) {
                    try {
                        Path file = Files.createTempFile("voortgang-srgb-", ".icc");
                        Files.write(file, ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
                        file.toFile().deleteOnExit();
                        srgbProfile = file;
                    } catch (IOException e) {
                        throw new UncheckedIOException("het sRGB-profiel kon niet worden weggeschreven", e);
                    }
                }
                profile = srgbProfile;
            }
        }
        return profile;
    }
}
