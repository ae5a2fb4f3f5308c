package nl.voortgang.reports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;

/** What a reader of a generated PDF sees: its text (per page), bookmarks and metadata, read with PDFBox. */
record PdfDocument(byte[] bytes, List<String> pages, List<String> bookmarks, String title, String author, String subject,
                   String language, boolean tagged) {

    static PdfDocument read(byte[] bytes) {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper();
            List<String> pages = new ArrayList<>();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(document));
            }
            List<String> bookmarks = new ArrayList<>();
            if (document.getDocumentCatalog().getDocumentOutline() != null) {
                collect(document.getDocumentCatalog().getDocumentOutline(), "", bookmarks);
            }
            var info = document.getDocumentInformation();
            var catalog = document.getDocumentCatalog();
            return new PdfDocument(bytes, pages, bookmarks, info.getTitle(), info.getAuthor(), info.getSubject(), catalog.getLanguage(),
                    catalog.getMarkInfo() != null && catalog.getMarkInfo().isMarked());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void collect(PDOutlineNode node, String indent, List<String> into) {
        for (PDOutlineItem item : node.children()) {
            into.add(indent + item.getTitle());
            collect(item, indent + "  ", into);
        }
    }

    /** All text, with every run of white space (line breaks, no-break spaces) made one space. */
    String text() {
        return plain(String.join("\n", pages));
    }

    String page(int number) {
        return plain(pages.get(number - 1));
    }

    /** White space as {@link #text()} has it, for expected strings. */
    static String plain(String text) {
        return text.replace('\u00a0', ' ').replaceAll("\\s+", " ");
    }

    int pageCount() {
        return pages.size();
    }

    void writeTo(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
