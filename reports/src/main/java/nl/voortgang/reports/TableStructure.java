package nl.voortgang.reports;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;

/**
 * Tables, finished after the export. The templates tag rows and cells only ({@code tag.tr}, {@code tag.th},
 * {@code tag.td}), never the table itself: JasperReports 7.0.6 opens a {@code Table} whenever an element says
 * {@code tag.table=start} (a column header repeated on the next page opens a second one, inside the first), and a table
 * can only be ended by an element printed after its last row, which a subreport without a summary does not have; an
 * unended table swallows everything after it. So the rows arrive in the structure tree as consecutive {@code TR}
 * siblings, and this step puts each run of them in a {@code Table}:
 *
 * <ul>
 *   <li>a header row (only {@code TH} cells) starts a new table, unless it is the first row on a later page of a table
 *   that already has a header: then it is the column header repeated by the page break, and it becomes a Pagination
 *   artifact rather than a second header row;</li>
 *   <li>every {@code TH} gets {@code /A <</O /Table /Scope /Column>>} (in a header row) or {@code /Scope /Row} (a
 *   header cell beside data cells), which the exporter never writes and PDF/UA requires (ISO 14289-1 7.5).</li>
 * </ul>
 */
final class TableStructure {

    private static final COSName TABLE = COSName.getPDFName("Table");
    private static final COSName SCOPE = COSName.getPDFName("Scope");
    private static final COSName COLUMN = COSName.getPDFName("Column");
    private static final COSName ROW = COSName.getPDFName("Row");

    private TableStructure() {
    }

    static void finish(StructTree tree) {
        List<COSDictionary> repeatedHeaders = new ArrayList<>();
        for (List<COSDictionary> run : tree.runsOf("TR", "Table")) {
            COSDictionary parent = run.get(0).getCOSDictionary(COSName.P); // before the rows get their table
            List<COSDictionary> tables = new ArrayList<>();
            List<COSDictionary> rows = new ArrayList<>();
            boolean hasHeader = false;
            int page = -1;
            for (COSDictionary row : run) {
                int rowPage = tree.firstPageOf(row);
                boolean header = isHeaderRow(row);
                if (header && hasHeader && rowPage != page) {
                    repeatedHeaders.add(row); // stays in the table until taken out below
                    rows.add(row);
                    page = rowPage;
                    continue;
                }
                if (header && !rows.isEmpty()) {
                    tables.add(StructTree.newElement("Table", rows));
                    rows = new ArrayList<>();
                }
                hasHeader |= header;
                rows.add(row);
                page = rowPage;
            }
            tables.add(StructTree.newElement("Table", rows));
            StructTree.replaceRun(parent, run, tables);
        }
        // the repeated header rows now sit in a table; taking them out empties their slots and re-marks their content
        tree.takeOut(repeatedHeaders, StructTree.PAGINATION);
        for (COSDictionary element : tree.elements()) {
            if ("TH".equals(StructTree.type(element))) {
                COSDictionary row = element.getCOSDictionary(COSName.P);
                scope(element, row != null && isHeaderRow(row) ? COLUMN : ROW);
            }
        }
    }

    private static boolean isHeaderRow(COSDictionary row) {
        List<COSDictionary> cells = StructTree.kids(row);
        return !cells.isEmpty() && cells.stream().allMatch(cell -> "TH".equals(StructTree.type(cell)));
    }

    /** Adds {@code /Scope} to the cell's Table attributes (the exporter may have put ColSpan or RowSpan there). */
    private static void scope(COSDictionary cell, COSName scope) {
        COSBase attributes = cell.getDictionaryObject(COSName.A);
        COSDictionary table = null;
        if (attributes instanceof COSDictionary dictionary && TABLE.equals(dictionary.getCOSName(COSName.O))) {
            table = dictionary;
        } else if (attributes instanceof COSArray array) {
            for (int i = 0; i < array.size() && table == null; i++) {
                if (array.getObject(i) instanceof COSDictionary dictionary && TABLE.equals(dictionary.getCOSName(COSName.O))) {
                    table = dictionary;
                }
            }
        }
        if (table == null) {
            table = new COSDictionary();
            table.setItem(COSName.O, TABLE);
            if (attributes instanceof COSArray array) {
                array.add(table);
            } else if (attributes instanceof COSDictionary other) {
                COSArray both = new COSArray();
                both.add(other);
                both.add(table);
                cell.setItem(COSName.A, both);
            } else {
                cell.setItem(COSName.A, table);
            }
        }
        table.setItem(SCOPE, scope);
    }
}
