package nl.voortgang.batch.ingest;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.voortgang.core.csv.Problem;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes every problem of a file to {@code <name>.problems.csv}, for the partner to open in Excel: {@code ;}
 * separated, UTF-8 with a byte-order mark so that Excel reads the accents, and safe to open: a value that starts
 * with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a leading apostrophe, so that
 * Excel shows it as text instead of running it as a formula.
 */
public final class ProblemsFile {

    static final List<String> HEADER = List.of("bestand", "regel", "kolom", "waarde", "ernst", "melding", "oplossing");

    private ProblemsFile() {
    }

    public static void write(Path target, List<Problem> problems) {
        try {
            Files.createDirectories(target.getParent());
            Path partial = target.resolveSibling(target.getFileName() + ".part");
            try (BufferedWriter out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8);
                 CSVPrinter csv = new CSVPrinter(out, CSVFormat.EXCEL.builder().setDelimiter(';').get())) {
                out.write('\ufeff');
                csv.printRecord(HEADER);
                for (Problem p : problems) {
                    csv.printRecord(safe(p.file()), p.line() == 0 ? "" : Long.toString(p.line()), safe(p.column()), safe(p.value()),
                            p.severity().dutch(), safe(p.message()), safe(p.hint()));
                }
            }
            Files.move(partial, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the problems to " + target, e);
        }
    }

    /** A cell that Excel would take for a formula is prefixed with an apostrophe. */
    static String safe(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r' ? "'" + value : value;
    }
}
