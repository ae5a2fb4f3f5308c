package nl.voortgang.batch.ingest;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import nl.voortgang.core.csv.Problem;
import nl.voortgang.core.csv.ProblemCode;
import nl.voortgang.core.csv.Severity;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Writes every problem of a file to {@code <name>.problems.csv}, for the partner to open in Excel: {@code ;}
 * separated, UTF-8 with a byte-order mark so that Excel reads the accents, and safe to open: a value that starts
 * with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a leading apostrophe, so that
 * Excel shows it as text instead of running it as a formula. Each problem has its stable code beside its text.
 */
public final class ProblemsFile {

    static final List<String> HEADER = List.of("bestand", "regel", "kolom", "waarde", "ernst", "code", "melding", "oplossing");
    private static final String GUARDED = "=+-@\t\r";

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
                            p.severity().dutch(), p.code().name(), safe(p.message()), safe(p.hint()));
                }
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw nl.voortgang.batch.DiskTrouble.of("Het problemenbestand " + target.getFileName() + " schrijven", target.getParent(), e);
        }
    }

    /**
     * The problems as written (the apostrophes that guard against formulas removed); none when there is no such file. A
     * file written before problems had codes gives them the code {@code FROM_AN_EARLIER_VERSION}.
     */
    public static List<Problem> read(Path problemsFile) {
        if (problemsFile == null || !Files.exists(problemsFile)) {
            return List.of();
        }
        try (Reader reader = Files.newBufferedReader(problemsFile, StandardCharsets.UTF_8)) {
            reader.mark(1);
            if (reader.read() != '\ufeff') {
                reader.reset();
            }
            List<Problem> problems = new ArrayList<>();
            for (CSVRecord r : CSVFormat.EXCEL.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                ProblemCode code = r.isMapped("code") ? ProblemCode.valueOf(r.get("code")) : ProblemCode.FROM_AN_EARLIER_VERSION;
                problems.add(new Problem(code, unguard(r.get("bestand")),
                        r.get("regel").isEmpty() ? 0 : Long.parseLong(r.get("regel")), unguard(r.get("kolom")), unguard(r.get("waarde")),
                        unguard(r.get("melding")), unguard(r.get("oplossing")),
                        r.get("ernst").equals(Severity.WARNING.dutch()) ? Severity.WARNING : Severity.ERROR));
            }
            return problems;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One problem as the console shows it under its file's line: where, the value, what is wrong and the remedy. */
    public static String shown(Problem p) {
        StringBuilder line = new StringBuilder(p.line() == 0 ? "bestand" : "regel " + p.line());
        if (!p.column().isEmpty()) {
            line.append(", kolom '").append(p.column()).append('\'');
        }
        if (!p.value().isEmpty()) {
            line.append(" (\"").append(p.value()).append("\")");
        }
        line.append(": ").append(p.isError() ? "" : "waarschuwing: ").append(p.message());
        if (!p.hint().isEmpty()) {
            line.append(" Oplossing: ").append(p.hint());
        }
        return line.toString();
    }

    /** A cell that Excel would take for a formula is prefixed with an apostrophe. */
    static String safe(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        return GUARDED.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    private static String unguard(String value) {
        return value.length() > 1 && value.charAt(0) == '\'' && GUARDED.indexOf(value.charAt(1)) >= 0 ? value.substring(1) : value;
    }
}
