package nl.voortgang.core.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The one definition of a CSV format: its name, its columns and how a row becomes a value. Everyone uses
 * it: the batch reader, {@code validate}, embedders and the format documentation's examples.
 *
 * @param name   the format's name as the documentation and messages give it, such as {@code begroting}
 * @param title  a one-line Dutch description
 * @param mapper turns a row whose cells all parsed into a value; may add problems that span columns
 */
public record RecordFormat<T>(String name, String title, List<Column<?>> columns, Function<Row, T> mapper) {

    public RecordFormat {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(mapper, "mapper");
        columns = List.copyOf(columns);
    }

    public List<Column<?>> requiredColumns() {
        return columns.stream().filter(Column::required).toList();
    }

    /** How many of the required columns the header names: how well it fits this format. */
    public long requiredPresent(List<String> header) {
        return requiredColumns().stream().filter(c -> header.stream().anyMatch(c::matches)).count();
    }

    public boolean fits(List<String> header) {
        return requiredPresent(header) == requiredColumns().size();
    }

    public FormatReader<T> reader(Table table) {
        return new FormatReader<>(this, table);
    }

    /** Reads a whole (small) file: every row and every problem. Large files are better streamed with {@link #reader}. */
    public Result<T> readAll(Table table) {
        List<T> values = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        try (FormatReader<T> reader = reader(table)) {
            problems.addAll(reader.headerProblems());
            while (reader.hasNext()) {
                ParsedRow<T> row = reader.next();
                problems.addAll(row.problems());
                if (row.isValid()) {
                    values.add(row.value());
                }
            }
        } catch (CsvReadException e) {
            problems.add(e.toProblem());
        }
        return new Result<>(values, problems);
    }

    /** The rows of a file that read without errors, and every problem in it. */
    public record Result<T>(List<T> values, List<Problem> problems) {

        public boolean hasErrors() {
            return problems.stream().anyMatch(Problem::isError);
        }
    }
}
