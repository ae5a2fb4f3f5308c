package nl.voortgang.core.csv;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file read as a header and a stream of records, each with the line on which it starts. Blank lines
 * and rows of only separators (as Excel writes them) are skipped; quoted values may hold line breaks.
 */
public final class CsvTable implements Table {

    private final CsvSource source;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final List<String> header;
    private final long headerLine;
    private long lastEndLine;
    private long recordNumber;

    private CsvTable(CsvSource source, Reader reader) throws IOException {
        this.source = source;
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setDelimiter(source.delimiter())
                .setIgnoreEmptyLines(true)
                .setTrailingData(true)
                .get();
        this.parser = CSVParser.builder().setReader(reader).setFormat(format).get();
        this.records = parser.iterator();
        RawRecord first = nextRecord();
        this.header = first == null ? List.of() : first.values().stream().map(String::strip).toList();
        this.headerLine = first == null ? 0 : first.line();
        this.recordNumber = 0;
    }

    public static CsvTable open(CsvSource source) throws IOException {
        return new CsvTable(source, source.openReader());
    }

    @Override
    public String fileName() {
        return source.name();
    }

    public CsvSource source() {
        return source;
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

    @Override
    public String tooManyValuesHint() {
        return "Controleer het scheidingsteken; zet een waarde met '" + source.delimiter() + "' erin tussen aanhalingstekens.";
    }

    private RawRecord nextRecord() {
        try {
            if (!records.hasNext()) {
                return null;
            }
            CSVRecord record = records.next();
            List<String> values = record.toList();
            long endLine = parser.getCurrentLineNumber();
            long breaks = 0;
            for (String value : values) {
                breaks += lineBreaks(value);
            }
            long startLine = endLine - breaks;
            // the lexer counts the line break that ends a record only once it has read past it
            if (startLine <= lastEndLine) {
                startLine = lastEndLine + 1;
            }
            lastEndLine = Math.max(startLine + breaks, endLine);
            RawRecord raw = new RawRecord(startLine, recordNumber, values);
            recordNumber++;
            return raw;
        } catch (UncheckedIOException e) {
            throw new CsvReadException(source.name(), lastEndLine + 1, e.getCause());
        }
    }

    private static long lineBreaks(String value) {
        long count = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == value.length() || value.charAt(i + 1) != '\n'))) {
                count++;
            }
        }
        return count;
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
