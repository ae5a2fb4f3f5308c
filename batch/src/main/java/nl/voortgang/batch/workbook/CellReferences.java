package nl.voortgang.batch.workbook;

import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import nl.voortgang.core.csv.Problem;
import nl.voortgang.core.csv.ProblemCode;

/**
 * Looks through a worksheet for a cell beyond Excel's last column (XFD, the 16,384th): Excel never writes one, and the
 * workbook reader would make room for every column up to it, so that a few hundred bytes could take all memory. Reads
 * the XML as a stream, without DTDs or external entities.
 */
final class CellReferences {

    /** Excel's last column, XFD. */
    static final int LAST_COLUMN = 16_384;

    private static final XMLInputFactory XML = XMLInputFactory.newDefaultFactory();

    static {
        XML.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
        XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
    }

    private CellReferences() {
    }

    /** The problem with the first cell beyond the last column, or null when there is none. */
    static Problem beyondTheSheet(String name, InputStream sheet) {
        try {
            XMLStreamReader xml = XML.createXMLStreamReader(sheet);
            try {
                while (xml.hasNext()) {
                    if (xml.next() == XMLStreamConstants.START_ELEMENT && "c".equals(xml.getLocalName())) {
                        String reference = xml.getAttributeValue(null, "r");
                        if (reference != null && column(reference) > LAST_COLUMN) {
                            return Problem.ofFile(ProblemCode.WORKBOOK_DAMAGED, name, "Deze werkmap noemt een cel voorbij de laatste kolom van "
                                    + "Excel (" + Problem.quote(reference) + "); zo'n werkmap komt niet uit Excel en wordt niet gelezen.",
                                    "Open het bestand in Excel en sla het opnieuw op als 'Excel-werkmap (.xlsx)', of als CSV.");
                        }
                    }
                }
                return null;
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            return Workbooks.damaged(name, e);
        }
    }

    /** The 1-based column of a reference such as {@code AB12}; beyond {@link #LAST_COLUMN} as soon as it gets there. */
    static long column(String reference) {
        long column = 0;
        for (int i = 0; i < reference.length(); i++) {
            char c = Character.toUpperCase(reference.charAt(i));
            if (c == '$') {
                continue;
            }
            if (c < 'A' || c > 'Z') {
                break;
            }
            column = column * 26 + (c - 'A' + 1);
            if (column > LAST_COLUMN) {
                return column;
            }
        }
        return column;
    }
}
