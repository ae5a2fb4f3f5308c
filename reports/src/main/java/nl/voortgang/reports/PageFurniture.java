package nl.voortgang.reports;

import java.util.ArrayList;
import java.util.List;
import net.sf.jasperreports.engine.JRPrintElement;
import net.sf.jasperreports.engine.JRPrintPage;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.type.BandTypeEnum;
import net.sf.jasperreports.pdf.JRPdfExporterTagHelper;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;

/**
 * Page furniture (what a page header or footer band prints: the running head, "Pagina 3 van 12", the edition line) is
 * no content under PDF/UA: it must be an artifact of type Pagination, not a paragraph in the structure tree between two
 * rows of a table. JasperReports 7.0.6 cannot write artifacts, so it is done in two halves:
 *
 * <ol>
 *   <li>before the export, {@link #mark} gives every element of a page header or footer band the exporter's
 *   {@code tag.note} property, so that the exporter wraps whatever it tags of it in a {@code Note} element (the
 *   templates use {@code Note} for nothing else: {@code PdfUaConformanceTests} checks that);</li>
 *   <li>after the export, {@link #takeOut} removes those {@code Note} elements from the structure tree and has their
 *   marked content re-marked as {@code /Artifact <</Type /Pagination>>}.</li>
 * </ol>
 *
 * <p>The exporter also starts each page with an empty paragraph (an {@code Anchor}, the target of the bookmarks' page
 * destinations); it says nothing, so it becomes an artifact too. The destinations point at the page, not at the tag.
 */
final class PageFurniture {

    static final String MARKER = JRPdfExporterTagHelper.PROPERTY_TAG_NOTE;
    private static final String MARKER_TAG = "Note";
    private static final String PAGE_ANCHOR_TAG = "Anchor";

    private PageFurniture() {
    }

    /** Marks the elements of every page header and footer band in the filled reports (idempotent). */
    static void mark(List<JasperPrint> prints) {
        for (JasperPrint print : prints) {
            for (JRPrintPage page : print.getPages()) {
                for (JRPrintElement element : page.getElements()) {
                    if (isFurniture(element)) {
                        element.getPropertiesMap().setProperty(MARKER, "full");
                    }
                }
            }
        }
    }

    private static boolean isFurniture(JRPrintElement element) {
        if (element.getOrigin() == null) {
            return false;
        }
        BandTypeEnum band = element.getOrigin().getBandType();
        return band == BandTypeEnum.PAGE_HEADER || band == BandTypeEnum.PAGE_FOOTER;
    }

    /** Takes the marked furniture and the page anchors out of the structure tree; they become artifacts. */
    static void takeOut(StructTree tree) {
        List<COSDictionary> furniture = new ArrayList<>();
        List<COSDictionary> anchors = new ArrayList<>();
        List<COSDictionary> elements = tree.elements();
        for (COSDictionary element : elements) {
            String type = StructTree.type(element);
            if (MARKER_TAG.equals(type) && !inside(element, furniture)) {
                furniture.add(element);
            } else if (PAGE_ANCHOR_TAG.equals(type)) {
                anchors.add(element);
            }
        }
        tree.takeOut(furniture, StructTree.PAGINATION);
        tree.takeOut(anchors, null);
    }

    /** Whether one of the given elements is an ancestor of {@code element}. */
    private static boolean inside(COSDictionary element, List<COSDictionary> candidates) {
        for (COSDictionary parent = element.getCOSDictionary(COSName.P); parent != null;
             parent = parent.getCOSDictionary(COSName.P)) {
            for (COSDictionary candidate : candidates) {
                if (candidate == parent) {
                    return true;
                }
            }
        }
        return false;
    }
}
