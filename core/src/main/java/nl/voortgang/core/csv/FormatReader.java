package nl.voortgang.core.csv;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;

/**
 * Streams the records of a file in one format, each with every problem found in it. The header is checked
 * first: a missing required column is an error, an unknown column a warning, a repeated column an error.
 */
public final class FormatReader<T> implements Iterator<ParsedRow<T>>, Closeable {

    private final RecordFormat<T> format;
    private final Table table;
    private String[] labels;
    private final Map<Column<?>, Integer> positions = new java.util.IdentityHashMap<>();
    private int[] cellOf;
    private boolean headerComplete;
    private final List<Problem> headerProblems = new ArrayList<>();
    private final int width;
    private final Column<?>[] columns;
    private RawRecord pending;

    FormatReader(RecordFormat<T> format, Table table) {
        this.format = format;
        this.table = table;
        this.width = table.header().size();
        this.columns = format.columns().toArray(Column<?>[]::new);
        mapHeader();
    }

    private void mapHeader() {
        String file = table.fileName();
        long line = table.headerLine();
        List<String> header = table.header();
        for (int i = 0; i < header.size(); i++) {
            String cell = header.get(i);
            if (cell.isBlank()) {
                continue;
            }
            Column<?> column = format.columns().stream().filter(c -> c.matches(cell)).findFirst().orElse(null);
            if (column == null) {
                headerProblems.add(Problem.warning(ProblemCode.UNKNOWN_COLUMN, file, line, cell, cell, "Onbekende kolom voor een bestand '" + format.name()
                        + "'; deze kolom wordt genegeerd.", "Controleer de spelling. Bekende kolommen: " + columnNames() + "."));
            } else if (positions.containsKey(column)) {
                headerProblems.add(Problem.error(ProblemCode.DUPLICATE_COLUMN, file, line, column.name(), cell, "De kolom '" + column.name() + "' komt twee keer voor.",
                        "Verwijder een van de twee kolommen."));
            } else {
                positions.put(column, i);
            }
        }
        cellOf = new int[columns.length];
        labels = new String[columns.length];
        for (int i = 0; i < columns.length; i++) {
            cellOf[i] = positions.getOrDefault(columns[i], -1);
            labels[i] = cellOf[i] < 0 ? columns[i].name() : table.columnLabel(columns[i].name(), cellOf[i]);
        }
        for (Column<?> column : format.requiredColumns()) {
            if (!positions.containsKey(column)) {
                headerProblems.add(Problem.error(ProblemCode.MISSING_COLUMN, file, line, column.name(), "", "De kolom '" + column.name() + "' ontbreekt.",
                        "Voeg in de kopregel een kolom '" + column.name() + "' toe (" + column.type().description() + ")."));
            }
        }
        headerComplete = headerProblems.stream().noneMatch(Problem::isError);
    }

    private String columnNames() {
        return format.columns().stream().map(Column::name).collect(Collectors.joining(", "));
    }

    public RecordFormat<T> format() {
        return format;
    }

    public List<Problem> headerProblems() {
        return List.copyOf(headerProblems);
    }

    public boolean headerComplete() {
        return headerComplete;
    }

    /** Skips the first {@code count} data records (a restart resumes after them). */
    public void skip(long count) {
        table.skip(count);
    }

    @Override
    public boolean hasNext() {
        if (pending == null) {
            pending = table.next().orElse(null);
        }
        return pending != null;
    }

    @Override
    public ParsedRow<T> next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        RawRecord record = pending;
        pending = null;
        return parse(record);
    }

    private ParsedRow<T> parse(RawRecord record) {
        Row row = new Row(table.fileName(), record.line(), columns, labels);
        for (int i = 0; i < columns.length; i++) {
            int position = cellOf[i];
            if (position >= 0) {
                String text = record.value(position);
                if (text.indexOf('\u0000') >= 0) {
                    row.put(columns[i], "", null);
                    row.error(ProblemCode.NUL_CHARACTER, columns[i], "Hier staat een NUL-teken (de byte 0), dat in tekst niet voorkomt: het bestand "
                            + "is beschadigd of is geen gewone tekst.", "Typ de waarde opnieuw in, of sla het bestand opnieuw op als CSV.");
                    continue;
                }
                read(row, columns[i], text.strip());
            }
        }
        for (int i = width; i < record.values().size(); i++) {
            if (!record.value(i).isBlank()) {
                row.add(Problem.error(ProblemCode.TOO_MANY_VALUES, table.fileName(), record.line(), "", record.value(i),
                        "Deze regel heeft meer waarden (" + record.values().size() + ") dan de kopregel kolommen heeft (" + width + ").",
                        table.tooManyValuesHint()));
                break;
            }
        }
        T value = null;
        if (!row.hasErrors() && headerComplete()) {
            value = format.mapper().apply(row);
        }
        return new ParsedRow<>(record.line(), record.number(), row.hasErrors() ? null : value, row.problems());
    }

    private <V> void read(Row row, Column<V> column, String text) {
        if (text.isEmpty()) {
            row.put(column, text, null);
            if (column.required()) {
                row.error(ProblemCode.MISSING_VALUE, column, "Hier ontbreekt een waarde.", "Vul een waarde in: " + column.type().description() + ".");
            }
            return;
        }
        Parsed<V> parsed = column.type().parse(text);
        row.put(column, text, parsed.value());
        if (!parsed.isOk()) {
            row.error(parsed.code(), column, parsed.error(), parsed.hint());
        }
    }

    @Override
    public void close() {
        try {
            table.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
