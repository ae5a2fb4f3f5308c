package nl.voortgang.core.csv;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;

/**
 * Which reader reads a partner's file: a CSV file always; an Excel workbook ({@code .xlsx}) when a {@link Reader} for
 * workbooks is given (the {@code voortgang} application has one; {@code core} has no workbook library of its own). A
 * workbook nobody here reads ({@code .xls}, {@code .ods}, or an {@code .xlsx} without a reader) gets a clear problem
 * that says how to send it instead.
 */
public final class Tables {

    /** The bytes of a file, readable from the start as often as needed. */
    public interface Bytes {

        InputStream open() throws IOException;

        long size() throws IOException;

        /** A file on disk, read as itself: never through a symbolic link. */
        static Bytes of(java.nio.file.Path file) {
            return new Bytes() {
                @Override
                public InputStream open() throws IOException {
                    return java.nio.file.Files.newInputStream(file, java.nio.file.LinkOption.NOFOLLOW_LINKS);
                }

                @Override
                public long size() throws IOException {
                    return java.nio.file.Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class,
                            java.nio.file.LinkOption.NOFOLLOW_LINKS).size();
                }
            };
        }

        /** Bytes held in memory. */
        static Bytes of(byte[] content) {
            return new Bytes() {
                @Override
                public InputStream open() {
                    return new java.io.ByteArrayInputStream(content);
                }

                @Override
                public long size() {
                    return content.length;
                }
            };
        }
    }

    /** A reader of one kind of file other than CSV. */
    public interface Reader {

        /** Whether this reader reads the file, judged by its name and first bytes. */
        boolean reads(String name, byte[] head);

        /** The file as a source of tables, or the problem that stops it being read. */
        TableSource.Detected read(String name, Bytes bytes);
    }

    private static final int HEAD = 8;
    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

    private final List<Reader> readers;

    private Tables(List<Reader> readers) {
        this.readers = List.copyOf(readers);
    }

    /** CSV files only. */
    public static Tables csv() {
        return new Tables(List.of());
    }

    /** CSV files, and the files the given reader reads (such as Excel workbooks). */
    public Tables with(Reader reader) {
        List<Reader> all = new java.util.ArrayList<>(readers);
        all.add(reader);
        return new Tables(all);
    }

    /** Looks at the file and gives the source to read it by, or the problem that stops it being read. */
    public TableSource.Detected detect(String name, Bytes bytes) {
        byte[] head;
        try (InputStream in = bytes.open()) {
            head = in.readNBytes(HEAD);
        } catch (IOException e) {
            return new TableSource.Detected(null, CsvSource.unreadable(name, e));
        }
        for (Reader reader : readers) {
            if (reader.reads(name, head)) {
                return reader.read(name, bytes);
            }
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (startsWith(head, OLE2)) {
            return notRead(name, "Dit is een werkmap in het oude Excel-formaat (.xls); die leest Voortgang niet.",
                    "Open het bestand in Excel en kies Opslaan als 'Excel-werkmap (.xlsx)' of 'CSV (gescheiden door lijstscheidingsteken)'.");
        }
        if (startsWith(head, ZIP) && lower.endsWith(".ods")) {
            return notRead(name, "Dit is een OpenDocument-werkblad (.ods); dat leest Voortgang niet.",
                    "Sla het in LibreOffice op als 'Excel 2007-365 (.xlsx)' of als CSV en stuur dat bestand.");
        }
        if (startsWith(head, ZIP)) {
            return notRead(name, lower.endsWith(".xlsx") ? "Dit is een Excel-werkmap (.xlsx); deze toepassing leest alleen CSV-bestanden."
                            : "Dit is een zip-archief (of een werkmap), geen CSV-bestand.",
                    "Sla het werkblad in Excel op als 'CSV (gescheiden door lijstscheidingsteken)' en stuur dat bestand.");
        }
        try {
            return CsvSource.detect(name, bytes).asTable();
        } catch (IOException e) {
            return new TableSource.Detected(null, CsvSource.unreadable(name, e));
        }
    }

    private static TableSource.Detected notRead(String name, String message, String hint) {
        return new TableSource.Detected(null, Problem.ofFile(ProblemCode.WORKBOOK_NOT_READ, name, message, hint));
    }

    private static boolean startsWith(byte[] head, byte[] prefix) {
        if (head.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (head[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
