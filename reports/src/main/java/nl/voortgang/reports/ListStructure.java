package nl.voortgang.reports;

import java.util.List;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;

/**
 * Lists, finished after the export, for the same reason as tables ({@link TableStructure}): the bullets template tags
 * each item ({@code tag.li} with its {@code tag.lbl} mark and {@code tag.lbody} text) but not the list, which
 * JasperReports 7.0.6 could only end from an element printed after the last item. Each run of consecutive {@code LI}
 * siblings is put in one {@code L}.
 */
final class ListStructure {

    private ListStructure() {
    }

    static void finish(StructTree tree) {
        for (List<COSDictionary> run : tree.runsOf("LI", "L")) {
            COSDictionary parent = run.get(0).getCOSDictionary(COSName.P);
            StructTree.replaceRun(parent, run, List.of(StructTree.newElement("L", run)));
        }
    }
}
