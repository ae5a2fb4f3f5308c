package nl.voortgang.core.reference;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.voortgang.core.csv.CsvReadException;
import nl.voortgang.core.csv.CsvSource;
import nl.voortgang.core.csv.CsvTable;
import nl.voortgang.core.csv.FormatDetection;
import nl.voortgang.core.csv.FormatReader;
import nl.voortgang.core.csv.ParsedRow;
import nl.voortgang.core.csv.Problem;
import nl.voortgang.core.csv.ProblemCode;
import nl.voortgang.core.csv.RecordFormat;

/** The rows of a set of reference files, by format, with every problem found while reading them. */
final class ReferenceSet {

    private final Map<RecordFormat<?>, List<Located<?>>> rows = new java.util.IdentityHashMap<>();
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, RecordFormat<?>> formatOfFile = new LinkedHashMap<>();

    static ReferenceSet read(List<CsvSource> files) {
        ReferenceSet set = new ReferenceSet();
        files.forEach(set::read);
        return set;
    }

    private void read(CsvSource source) {
        try (CsvTable table = CsvTable.open(source)) {
            var detected = FormatDetection.detect(source.name(), table.header(), ReferenceFormats.ALL);
            if (detected.found().isEmpty()) {
                problems.add(detected.problem());
                return;
            }
            RecordFormat<?> format = detected.format();
            formatOfFile.put(source.name(), format);
            readRows(format, table);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (CsvReadException e) {
            problems.add(e.toProblem());
        }
    }

    private <T> void readRows(RecordFormat<T> format, CsvTable table) {
        FormatReader<T> reader = format.reader(table);
        problems.addAll(reader.headerProblems());
        List<Located<?>> list = rows.computeIfAbsent(format, f -> new ArrayList<>());
        long count = 0;
        while (reader.hasNext()) {
            ParsedRow<T> row = reader.next();
            problems.addAll(row.problems());
            count++;
            if (row.isValid()) {
                list.add(new Located<>(table.fileName(), row.line(), row.value()));
            }
        }
        if (count == 0 && reader.headerComplete()) {
            problems.add(Problem.ofFile(ProblemCode.NO_DATA, table.fileName(), "Het bestand bevat geen gegevens, alleen een kopregel.",
                    "Vul de regels in en stuur het bestand opnieuw."));
        }
    }

    @SuppressWarnings("unchecked")
    <T> List<Located<T>> rows(RecordFormat<T> format) {
        return (List<Located<T>>) (List<?>) rows.getOrDefault(format, List.of());
    }

    boolean has(RecordFormat<?> format) {
        return rows.containsKey(format);
    }

    List<Problem> problems() {
        return problems;
    }

    Map<String, RecordFormat<?>> formatOfFile() {
        return formatOfFile;
    }

    long rowCount(String file) {
        return rows.values().stream().flatMap(List::stream).filter(l -> l.file().equals(file)).count();
    }
}
