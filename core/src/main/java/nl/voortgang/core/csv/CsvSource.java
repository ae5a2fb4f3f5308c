package nl.voortgang.core.csv;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A CSV file as partners really send it, with its encoding and separator detected: UTF-8 with or without a
 * byte-order mark, otherwise Windows-1252 (what Dutch Excel saves); {@code ;}, {@code ,} or tab, whichever
 * the header line uses most outside quotes.
 */
public final class CsvSource {

    /** Windows-1252, the encoding of "CSV (gescheiden door lijstscheidingsteken)" from Dutch Excel. */
    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final int SNIFF = 8192;

    private final String name;
    private final Opener opener;
    private final Charset charset;
    private final boolean bom;
    private final char delimiter;
    private final long size;

    private CsvSource(String name, Opener opener, Charset charset, boolean bom, char delimiter, long size) {
        this.name = name;
        this.opener = opener;
        this.charset = charset;
        this.bom = bom;
        this.delimiter = delimiter;
        this.size = size;
    }

    /** Opens the file: returns the source, or the problem that makes it unreadable as CSV. */
    public static Detected detect(Path file) {
        return detect(file.getFileName().toString(), file);
    }

    /** The same, for a file on disk that was sent under another name (a stored copy, a temporary upload). */
    public static Detected detect(String name, Path file) {
        try {
            return detect(name, () -> Files.newInputStream(file), Files.size(file));
        } catch (IOException e) {
            return new Detected(null, Problem.ofFile(ProblemCode.FILE_UNREADABLE, name,
                    "Het bestand kan niet worden gelezen (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ").",
                    "Controleer of het bestand bestaat en leesbaar is."));
        }
    }

    /** The same, for content held in memory (a portal's upload, a test). */
    public static Detected detect(String name, byte[] content) {
        try {
            return detect(name, () -> new ByteArrayInputStream(content), content.length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Detected detect(String name, Opener opener, long size) throws IOException {
        if (size == 0) {
            return new Detected(null, Problem.ofFile(ProblemCode.FILE_EMPTY, name, "Het bestand is leeg.",
                    "Stuur het bestand opnieuw, met een kopregel en minstens één regel gegevens."));
        }
        byte[] head;
        try (InputStream in = opener.open()) {
            head = in.readNBytes(SNIFF);
        }
        for (byte b : head) {
            if (b == 0) {
                return new Detected(null, Problem.ofFile(ProblemCode.FILE_BINARY, name, "Dit is geen tekstbestand (CSV) maar een binair bestand.",
                        "Sla het werkblad in Excel op als 'CSV (gescheiden door lijstscheidingsteken)' en stuur dat bestand."));
            }
        }
        boolean bom = head.length >= 3 && head[0] == UTF8_BOM[0] && head[1] == UTF8_BOM[1] && head[2] == UTF8_BOM[2];
        Charset charset = bom || isUtf8(opener) ? StandardCharsets.UTF_8 : WINDOWS_1252;
        char delimiter = delimiterOf(firstLine(head, bom, charset));
        return new Detected(new CsvSource(name, opener, charset, bom, delimiter, size), null);
    }

    private static boolean isUtf8(Opener opener) throws IOException {
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

    private static String firstLine(byte[] head, boolean bom, Charset charset) {
        int start = bom ? 3 : 0;
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
        InputStream in = opener.open();
        if (bom) {
            in.skipNBytes(3);
        }
        return new BufferedReader(new InputStreamReader(in, charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)), 64 * 1024);
    }

    public String name() {
        return name;
    }

    public Charset charset() {
        return charset;
    }

    public boolean hasByteOrderMark() {
        return bom;
    }

    public char delimiter() {
        return delimiter;
    }

    public long size() {
        return size;
    }

    /** The outcome of opening a file: a readable source, or the problem that stops it being read. */
    public record Detected(CsvSource source, Problem problem) {

        public Optional<CsvSource> readable() {
            return Optional.ofNullable(source);
        }
    }

    @FunctionalInterface
    private interface Opener {
        InputStream open() throws IOException;
    }
}
