package nl.voortgang.reports;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Finishes the exporter's tagged PDF/A-2a as PDF/UA-1 (ISO 14289-1), for what JasperReports 7.0.6 cannot write
 * itself, keeping it PDF/A-2a:
 *
 * <ol>
 *   <li>the PDF/UA identification in the XMP metadata ({@link UaIdentification});</li>
 *   <li>page furniture out of the structure tree, as Pagination artifacts ({@link PageFurniture});</li>
 *   <li>rows put in tables, repeated column headers made artifacts, every header cell its scope
 *   ({@link TableStructure}); list items put in lists ({@link ListStructure});</li>
 *   <li>everything drawn outside a tag (lines, rectangles, backgrounds, borders) marked as an artifact
 *   ({@link ContentArtifacts}).</li>
 * </ol>
 *
 * Whether the result is PDF/UA-1 is veraPDF's judgement ({@code PdfUaConformanceTests}); what no machine can check
 * (sensible headings, reading order, alternative texts that say what a chart shows) is the templates' work.
 */
final class AccessiblePdf {

    private AccessiblePdf() {
    }

    static void finish(PDDocument document) throws IOException {
        content(document, structure(document));
    }

    /** Steps 1 to 3: the identification and the structure tree; returns the tree, with what became an artifact. */
    static StructTree structure(PDDocument document) throws IOException {
        UaIdentification.declare(document);
        StructTree tree = StructTree.of(document);
        if (tree == null) {
            throw new IOException("the exporter wrote no structure tree (is tagging off?)");
        }
        PageFurniture.takeOut(tree);
        TableStructure.finish(tree);
        ListStructure.finish(tree);
        return tree;
    }

    /** Step 4: the pages' content, every item tagged or an artifact. */
    static void content(PDDocument document, StructTree tree) throws IOException {
        ContentArtifacts.apply(document, tree.artifacts());
    }
}
