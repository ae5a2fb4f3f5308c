package nl.voortgang.reports;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdfwriter.ContentStreamWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;

/**
 * Rewrites each page's content so that everything on it is either tagged or an artifact (ISO 14289-1 7.1). The
 * exporter puts each text and image in a marked-content sequence of its structure element, but draws lines,
 * rectangles, frame backgrounds and borders, cell borders and an empty text object per page outside any (JasperReports
 * 7.0.6 has no artifact support). Here:
 *
 * <ul>
 *   <li>a sequence whose element was taken out of the structure tree ({@link StructTree#artifacts()}) is re-marked
 *   {@code /Artifact <</Type /Pagination>> BDC} (or {@code /Artifact BMC}), its MCID dropped;</li>
 *   <li>every graphics object at marked-content depth 0 (a path from its first construction operator to its painting
 *   operator, a text object, {@code Do}, {@code sh}, an inline image) is wrapped in {@code /Artifact BMC … EMC}.
 *   Consecutive objects share one wrapper; a wrapper never spans {@code q}/{@code Q} or a marked-content operator, so
 *   nesting stays as the content stream had it.</li>
 * </ul>
 */
final class ContentArtifacts {

    private static final Set<String> PATH_START = Set.of("m", "re");
    private static final Set<String> PATH_PAINT = Set.of("S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "n");
    private static final Set<String> SINGLE_OBJECT = Set.of("Do", "sh", "BI");
    private static final Set<String> MARKED_CONTENT = Set.of("BDC", "BMC", "EMC");

    private ContentArtifacts() {
    }

    static void apply(PDDocument document, Map<COSDictionary, Map<Integer, COSName>> remark) throws IOException {
        for (PDPage page : document.getPages()) {
            // parsed from the page's bytes in memory: PDFStreamParser(page) reads through a non-seekable stream, byte by byte
            byte[] content;
            try (InputStream in = page.getContents()) {
                content = in.readAllBytes();
            }
            List<Object> tokens = new PDFStreamParser(content).parse();
            List<Object> rewritten = rewrite(tokens, remark.getOrDefault(page.getCOSObject(), Map.of()));
            PDStream contents = new PDStream(document);
            try (OutputStream out = contents.createOutputStream(COSName.FLATE_DECODE)) {
                new ContentStreamWriter(out).writeTokens(rewritten);
            }
            page.setContents(contents);
        }
    }

    /** One operator with its operands. */
    private record Operation(List<COSBase> operands, Operator operator) {
        String name() {
            return operator.getName();
        }
    }

    static List<Object> rewrite(List<Object> tokens, Map<Integer, COSName> remark) {
        List<Operation> operations = operations(tokens);
        List<Object> out = new ArrayList<>(tokens.size() + 64);
        int depth = 0;
        boolean open = false; // an /Artifact BMC of ours is open
        boolean inPath = false;
        for (int i = 0; i < operations.size(); i++) {
            Operation op = operations.get(i);
            String name = op.name();
            if (MARKED_CONTENT.contains(name) || (depth == 0 && !inPath && (name.equals("q") || name.equals("Q")))) {
                if (open) {
                    emitEnd(out);
                    open = false;
                }
                if (name.equals("BDC")) {
                    emitBegin(out, op, remark);
                    depth++;
                    continue;
                }
                depth += name.equals("BMC") ? 1 : name.equals("EMC") ? -1 : 0;
                emit(out, op);
                continue;
            }
            if (depth > 0) {
                emit(out, op);
                continue;
            }
            if (name.equals("BT")) {
                int end = endOfTextObject(operations, i);
                boolean wrappable = operations.subList(i, end + 1).stream().noneMatch(o -> MARKED_CONTENT.contains(o.name()));
                if (wrappable && !open) {
                    emitArtifactBegin(out);
                    open = true;
                } else if (!wrappable && open) {
                    emitEnd(out);
                    open = false;
                }
                for (int j = i; j <= end; j++) {
                    emit(out, operations.get(j));
                }
                i = end;
                continue;
            }
            boolean startsObject = SINGLE_OBJECT.contains(name) || (!inPath && PATH_START.contains(name));
            if (startsObject && !open) {
                emitArtifactBegin(out);
                open = true;
            }
            if (PATH_START.contains(name)) {
                inPath = true;
            } else if (PATH_PAINT.contains(name)) {
                inPath = false;
            }
            emit(out, op);
        }
        if (open) {
            emitEnd(out);
        }
        return out;
    }

    private static List<Operation> operations(List<Object> tokens) {
        List<Operation> operations = new ArrayList<>();
        List<COSBase> operands = new ArrayList<>();
        for (Object token : tokens) {
            if (token instanceof Operator operator) {
                operations.add(new Operation(operands, operator));
                operands = new ArrayList<>();
            } else {
                operands.add((COSBase) token);
            }
        }
        if (!operands.isEmpty()) {
            throw new IllegalStateException("content stream ends with operands but no operator");
        }
        return operations;
    }

    private static int endOfTextObject(List<Operation> operations, int begin) {
        for (int j = begin + 1; j < operations.size(); j++) {
            if (operations.get(j).name().equals("ET")) {
                return j;
            }
        }
        throw new IllegalStateException("text object without ET");
    }

    /** A BDC as it was, or re-marked as an artifact when its MCID is among those to re-mark. */
    private static void emitBegin(List<Object> out, Operation op, Map<Integer, COSName> remark) {
        List<COSBase> operands = op.operands();
        if (operands.size() == 2 && operands.get(1) instanceof COSDictionary properties
                && properties.containsKey(COSName.MCID) && remark.containsKey(properties.getInt(COSName.MCID))) {
            COSName type = remark.get(properties.getInt(COSName.MCID));
            out.add(StructTree.ARTIFACT);
            if (type == null) {
                out.add(Operator.getOperator("BMC"));
            } else {
                COSDictionary artifact = new COSDictionary();
                artifact.setItem(COSName.TYPE, type);
                out.add(artifact);
                out.add(Operator.getOperator("BDC"));
            }
            return;
        }
        emit(out, op);
    }

    private static void emitArtifactBegin(List<Object> out) {
        out.add(StructTree.ARTIFACT);
        out.add(Operator.getOperator("BMC"));
    }

    private static void emitEnd(List<Object> out) {
        out.add(Operator.getOperator("EMC"));
    }

    private static void emit(List<Object> out, Operation op) {
        out.addAll(op.operands());
        out.add(op.operator());
    }
}
