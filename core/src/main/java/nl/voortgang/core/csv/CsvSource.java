package nl.voortgang.core.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A CSV file as partners really send it, with its encoding and separator detected: UTF-8 with or without a
 * byte-order mark; UTF-16 (what Excel saves as "Unicode-tekst", little- or big-endian, with a byte-order mark or
 * without one); otherwise Windows-1252 (what Dutch Excel saves as CSV); {@code ;}, {@code ,} or tab, whichever the
 * header line uses most outside quotes. A file whose start is mostly control bytes is binary; a stray NUL byte further
 * on is a problem at its line ({@link FormatReader}).
 */
public final class CsvSource implements TableSource {

    /** Windows-1252, the encoding of "CSV (gescheiden door lijstscheidingsteken)" from Dutch Excel. */
    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final int SNIFF = 8192;

    private final String name;
    private final Tables.Bytes bytes;
    private final Charset charset;
    private final int bom;
    private final char delimiter;
    private final long size;

    private CsvSource(String name, Tables.Bytes bytes, Charset charset, int bom, char delimiter, long size) {
        this.name = name;
        this.bytes = bytes;
        this.charset = charset;
        this.bom = bom;
        this.delimiter = delimiter;
        this.size = size;
    }

    /** Opens the file: returns the source, or the problem that makes it unreadable as CSV. */
    public static Detected detect(Path file) {
        return detect(file.getFileName().toString(), file);
    }

    /** The same, for a file on disk that was sent under another name (a stored copy, a temporary upload); never through a link. */
    public static Detected detect(String name, Path file) {
        try {
            return detect(name, Tables.Bytes.of(file));
        } catch (IOException e) {
            return new Detected(null, unreadable(name, e));
        }
    }

    /** The same, for content held in memory (a portal's upload, a test). */
    public static Detected detect(String name, byte[] content) {
        try {
            return detect(name, Tables.Bytes.of(content));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Problem unreadable(String name, IOException e) {
        return Problem.ofFile(ProblemCode.FILE_UNREADABLE, name,
                "Het bestand kan niet worden gelezen (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ").",
                "Controleer of het bestand bestaat en leesbaar is.");
    }

    static Detected detect(String name, Tables.Bytes bytes) throws IOException {
        long size = bytes.size();
        if (size == 0) {
            return new Detected(null, Problem.ofFile(ProblemCode.FILE_EMPTY, name, "Het bestand is leeg.",
                    "Stuur het bestand opnieuw, met een kopregel en minstens één regel gegevens."));
        }
        byte[] head;
        try (InputStream in = bytes.open()) {
            head = in.readNBytes(SNIFF);
        }
        Charset utf16 = utf16(head);
        if (utf16 != null) {
            int bom = head.length >= 2 && ((head[0] == (byte) 0xFF && head[1] == (byte) 0xFE) || (head[0] == (byte) 0xFE && head[1] == (byte) 0xFF)) ? 2 : 0;
            return new Detected(new CsvSource(name, bytes, utf16, bom, delimiterOf(firstLine(head, bom, utf16)), size), null);
        }
        if (isBinary(head)) {
            return new Detected(null, Problem.ofFile(ProblemCode.FILE_BINARY, name, "Dit is geen tekstbestand (CSV) maar een binair bestand.",
                    "Sla het werkblad in Excel op als 'CSV (gescheiden door lijstscheidingsteken)' en stuur dat bestand."));
        }
        boolean bom = head.length >= 3 && head[0] == UTF8_BOM[0] && head[1] == UTF8_BOM[1] && head[2] == UTF8_BOM[2];
        Charset charset = bom || isUtf8(bytes) ? StandardCharsets.UTF_8 : WINDOWS_1252;
        char delimiter = delimiterOf(firstLine(head, bom ? 3 : 0, charset));
        return new Detected(new CsvSource(name, bytes, charset, bom ? 3 : 0, delimiter, size), null);
    }

    /**
     * UTF-16 by its byte-order mark, or (without one) by the zero byte beside every character of the first line that a
     * text of Latin letters has: null when the file is not UTF-16.
     */
    private static Charset utf16(byte[] head) {
        if (head.length >= 2 && head[0] == (byte) 0xFF && head[1] == (byte) 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        if (head.length >= 2 && head[0] == (byte) 0xFE && head[1] == (byte) 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        int pairs = Math.min(head.length / 2, 64);
        if (pairs < 4) {
            return null;
        }
        int zeroSecond = 0;
        int zeroFirst = 0;
        for (int i = 0; i < pairs; i++) {
            byte first = head[2 * i];
            byte second = head[2 * i + 1];
            if (second == 0 && first != 0) {
                zeroSecond++;
            } else if (first == 0 && second != 0) {
                zeroFirst++;
            }
        }
        if (zeroSecond >= pairs * 9 / 10) {
            return StandardCharsets.UTF_16LE;
        }
        return zeroFirst >= pairs * 9 / 10 ? StandardCharsets.UTF_16BE : null;
    }

    /**
     * Binary: a NUL byte in the first line, or control bytes (other than tab, line breaks and form feed) in more than
     * one byte in twenty of the start. A single NUL further on is left for the reader to report at its line.
     */
    private static boolean isBinary(byte[] head) {
        int control = 0;
        boolean firstLine = true;
        for (byte b : head) {
            if (b == '\n' || b == '\r') {
                firstLine = false;
            } else if (b == 0 && firstLine) {
                return true;
            } else if (b >= 0 && b < 0x20 && b != '\t' && b != '\f' && b != 0x1A) {
                control++;
            }
        }
        return control * 20 > head.length;
    }

    private static boolean isUtf8(Tables.Bytes opener) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
        CharBuffer chars = CharBuffer.allocate(64 * 1024);
        try (InputStream in = opener.open()) {
            int read;
            while ((read = in.read(bytes.array(), bytes.position(), bytes.remaining())) >= 0) {
                bytes.position(bytes.position() + read);
                bytes.flip();
                CoderResult result = decoder.decode(bytes, chars, false);
                if (result.isError()) {
                    return false;
                }
                bytes.compact();
                chars.clear();
            }
            bytes.flip();
            return !decoder.decode(bytes, chars, true).isError() && !decoder.flush(chars).isError();
        }
    }

    private static String firstLine(byte[] head, int start, Charset charset) {
        String text;
        try {
            text = charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(head, start, head.length - start)).toString();
        } catch (CharacterCodingException e) {
            text = "";
        }
        int end = 0;
        boolean quoted = false;
        while (end < text.length()) {
            char c = text.charAt(end);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            }
            end++;
        }
        return text.substring(0, end);
    }

    private static char delimiterOf(String header) {
        int semicolons = 0;
        int commas = 0;
        int tabs = 0;
        boolean quoted = false;
        for (char c : header.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                switch (c) {
                    case ';' -> semicolons++;
                    case ',' -> commas++;
                    case '\t' -> tabs++;
                    default -> { }
                }
            }
        }
        if (tabs > semicolons && tabs > commas) {
            return '\t';
        }
        return semicolons >= commas && semicolons > 0 ? ';' : ',';
    }

    /** A reader over the text, without the byte-order mark. */
    public Reader openReader() throws IOException {
        InputStream in = bytes.open();
        in.skipNBytes(bom);
        return new BufferedReader(new InputStreamReader(in, charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)), 64 * 1024);
    }

    @Override
    public String name() {
        return name;
    }

    public Charset charset() {
        return charset;
    }

    public boolean hasByteOrderMark() {
        return bom > 0;
    }

    public char delimiter() {
        return delimiter;
    }

    @Override
    public long size() {
        return size;
    }

    @Override
    public Table open() throws IOException {
        return CsvTable.open(this);
    }

    /** The outcome of opening a file: a readable source, or the problem that stops it being read. */
    public record Detected(CsvSource source, Problem problem) {

        public Optional<CsvSource> readable() {
            return Optional.ofNullable(source);
        }

        /** The same outcome, as any table's. */
        public TableSource.Detected asTable() {
            return new TableSource.Detected(source, problem);
        }
    }
}
