package nl.voortgang.batch.workbook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import nl.voortgang.core.csv.CsvReadException;
import nl.voortgang.core.csv.Problem;
import nl.voortgang.core.csv.ProblemCode;
import nl.voortgang.core.csv.RawRecord;
import nl.voortgang.core.csv.Table;
import nl.voortgang.core.csv.Tables;
import nl.voortgang.core.submission.IncomingFile;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

/**
 * The first worksheet of a workbook as a table: its first row with anything in it is the header, and each later row
 * that is not blank a record, numbered by the sheet's own row number so that a problem's "regel 5" is row 5 in Excel and
 * its column names the letter too ({@code bedrag (E)}). Cells are taken by their own types, the way Dutch Excel shows
 * them: a number as {@code 1234,56} (rounded to the 15 significant digits Excel shows), a date as {@code 2019-03-15},
 * a formula by its value as last calculated, true and false as {@code WAAR} and {@code ONWAAR}, an error such as
 * {@code #DEEL/0!} as written.
 */
final class WorkbookTable implements Table {

    private static final MathContext EXCEL_DIGITS = new MathContext(15);
    private static final LocalDate EPOCH_1900 = LocalDate.of(1899, 12, 30);
    private static final LocalDate EPOCH_1904 = LocalDate.of(1904, 1, 1);

    private final String name;
    private final ReadableWorkbook workbook;
    private final Stream<Row> stream;
    private final Iterator<Row> rows;
    private final List<String> header;
    private final long headerLine;
    private long lastRow;
    private long recordNumber;

    private WorkbookTable(String name, ReadableWorkbook workbook) throws IOException {
        this.name = name;
        this.workbook = workbook;
        this.stream = workbook.getFirstSheet().openStream();
        this.rows = stream.iterator();
        RawRecord first = nextRecord();
        this.header = first == null ? List.of() : first.values().stream().map(String::strip).toList();
        this.headerLine = first == null ? 0 : first.line();
        this.recordNumber = 0;
    }

    /** Opens the workbook's first sheet and reads its header; a damaged workbook is a {@link CsvReadException} with its problem. */
    static WorkbookTable open(String name, Tables.Bytes bytes) throws IOException {
        ReadingOptions options = new ReadingOptions(true, true);
        ReadableWorkbook workbook = null;
        try {
            workbook = bytes instanceof IncomingFile.OnDisk file ? new ReadableWorkbook(file.path().toFile(), options)
                    : new ReadableWorkbook(bytes.open(), options);
            return new WorkbookTable(name, workbook);
        } catch (IOException | RuntimeException e) {
            closeQuietly(workbook);
            throw new CsvReadException(Workbooks.damaged(name, e), e);
        }
    }

    @Override
    public String fileName() {
        return name;
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public long headerLine() {
        return headerLine;
    }

    @Override
    public Optional<RawRecord> next() {
        RawRecord record;
        do {
            record = nextRecord();
        } while (record != null && record.isBlank());
        return Optional.ofNullable(record);
    }

    private RawRecord nextRecord() {
        Row row;
        try {
            if (!rows.hasNext()) {
                return null;
            }
            row = rows.next();
        } catch (RuntimeException e) {
            throw new CsvReadException(Problem.error(ProblemCode.WORKBOOK_DAMAGED, name, lastRow + 1, "", "",
                    "Vanaf deze rij kan het werkblad niet worden gelezen: de werkmap is beschadigd.",
                    "Open de werkmap in Excel en sla hem opnieuw op als 'Excel-werkmap (.xlsx)'."), e);
        }
        List<String> values = new ArrayList<>(row.getCellCount());
        for (int i = 0; i < row.getCellCount(); i++) {
            values.add(row.getOptionalCell(i).map(this::text).orElse(""));
        }
        lastRow = row.getRowNum();
        return new RawRecord(row.getRowNum(), recordNumber++, values);
    }

    /** A cell's value as the text a partner sees in Dutch Excel. */
    private String text(Cell cell) {
        Object value = cell.getValue();
        return switch (cell.getType()) {
            case EMPTY -> "";
            case STRING -> value == null ? "" : value.toString();
            case BOOLEAN -> Boolean.TRUE.equals(value) ? "WAAR" : "ONWAAR";
            case ERROR -> cell.getRawValue() == null ? "" : cell.getRawValue();
            case NUMBER -> number(cell, (BigDecimal) value);
            case FORMULA -> formula(cell, value);
        };
    }

    /** A formula by its value as last calculated: a number, a text, true or false. */
    private String formula(Cell cell, Object value) {
        if (value instanceof BigDecimal number) {
            return number(cell, number);
        }
        if (value instanceof Boolean truth) {
            return truth ? "WAAR" : "ONWAAR";
        }
        return value == null ? "" : value.toString();
    }

    private String number(Cell cell, BigDecimal value) {
        if (value == null) {
            return "";
        }
        if (Math.abs((long) value.precision() - value.scale()) > 40 || Math.abs(value.scale()) > 40) {
            return value.toString();
        }
        if (isDate(cell.getDataFormatString())) {
            LocalDate epoch = workbook.isDate1904() ? EPOCH_1904 : EPOCH_1900;
            long days = value.longValue();
            if (!workbook.isDate1904() && days < 61) {
                days++;
            }
            return days < 0 || days > 2_958_465 ? value.toPlainString() : epoch.plusDays(days).toString();
        }
        return value.round(EXCEL_DIGITS).stripTrailingZeros().toPlainString().replace('.', ',');
    }

    /** Whether a number format shows a date: it has a day or a year in it, outside quoted text and [sections]. */
    static boolean isDate(String format) {
        if (format == null) {
            return false;
        }
        String plain = format.replaceAll("\"[^\"]*\"", "").replaceAll("\\[[^]]*]", "").replaceAll("\\\\.", "").toLowerCase(Locale.ROOT);
        return plain.contains("d") || plain.contains("y") || plain.contains("j");
    }

    @Override
    public String columnLabel(String name, int position) {
        return name + " (" + letters(position) + ")";
    }

    /** The letters of the column at a position: A, B, …, Z, AA, … */
    static String letters(int position) {
        StringBuilder letters = new StringBuilder();
        for (int n = position + 1; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return letters.toString();
    }

    @Override
    public String tooManyValuesHint() {
        return "Deze rij heeft waarden rechts van de laatste kolom met een kopje; haal ze weg of geef die kolom een naam uit het formaat.";
    }

    @Override
    public void close() throws IOException {
        try {
            stream.close();
        } finally {
            workbook.close();
        }
    }

    private static void closeQuietly(ReadableWorkbook workbook) {
        if (workbook == null) {
            return;
        }
        try {
            workbook.close();
        } catch (IOException | UncheckedIOException e) {
            // already failing
        }
    }
}
