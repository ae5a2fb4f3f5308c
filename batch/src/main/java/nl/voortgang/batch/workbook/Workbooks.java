package nl.voortgang.batch.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.SeekableByteChannel;
import java.util.Locale;
import nl.voortgang.core.csv.CsvReadException;
import nl.voortgang.core.csv.Problem;
import nl.voortgang.core.csv.ProblemCode;
import nl.voortgang.core.csv.Table;
import nl.voortgang.core.csv.TableSource;
import nl.voortgang.core.csv.Tables;
import nl.voortgang.core.submission.IncomingFile;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Reads a partner's Excel workbook ({@code .xlsx}) as a table: the first worksheet, row by row, through the same
 * formats and checks as a CSV file ({@link WorkbookTable}). A workbook is a zip archive, so before a byte of it is read
 * its contents are bounded: a workbook that says it unpacks to more than {@link #UNPACKED_LIMIT} bytes (a "zip bomb"),
 * or whose shared strings, which the reader holds in memory, would take more than {@link #SHARED_STRINGS_LIMIT}, or
 * that names a cell beyond the last column Excel has (the reader would make room for every column up to it), is
 * refused with a message.
 */
public final class Workbooks implements Tables.Reader {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Workbooks.class);

    /** The most a workbook may unpack to. */
    public static final long UNPACKED_LIMIT = 512L * 1024 * 1024;
    /** The most its table of shared strings may unpack to. */
    public static final long SHARED_STRINGS_LIMIT = 32L * 1024 * 1024;

    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};

    @Override
    public boolean reads(String name, byte[] head) {
        return name.toLowerCase(Locale.ROOT).endsWith(".xlsx") && head.length >= 4 && head[0] == ZIP[0] && head[1] == ZIP[1] && head[2] == ZIP[2]
                && head[3] == ZIP[3];
    }

    @Override
    public TableSource.Detected read(String name, Tables.Bytes bytes) {
        long size;
        try {
            size = bytes.size();
            Problem tooLarge = bounded(name, bytes);
            if (tooLarge != null) {
                return new TableSource.Detected(null, tooLarge);
            }
            WorkbookTable.open(name, bytes).close();
        } catch (CsvReadException e) {
            return new TableSource.Detected(null, e.toProblem());
        } catch (IOException | RuntimeException e) {
            return new TableSource.Detected(null, damaged(name, e));
        }
        return new TableSource.Detected(new Source(name, bytes, size), null);
    }

    /** Null when the declared sizes are within bounds, otherwise the problem. */
    private static Problem bounded(String name, Tables.Bytes bytes) throws IOException {
        try (SeekableByteChannel channel = channel(bytes); ZipFile zip = ZipFile.builder().setSeekableByteChannel(channel).get()) {
            long total = 0;
            for (ZipArchiveEntry entry : java.util.Collections.list(zip.getEntries())) {
                long unpacked = entry.getSize();
                if (unpacked < 0) {
                    continue;
                }
                total += unpacked;
                if (entry.getName().toLowerCase(Locale.ROOT).endsWith("sharedstrings.xml") && unpacked > SHARED_STRINGS_LIMIT) {
                    return tooLarge(name, "de teksten in de werkmap zijn samen " + megabytes(unpacked) + " groot; hoogstens "
                            + megabytes(SHARED_STRINGS_LIMIT) + " past");
                }
            }
            if (total > UNPACKED_LIMIT) {
                return tooLarge(name, "uitgepakt is de werkmap " + megabytes(total) + " groot; hoogstens " + megabytes(UNPACKED_LIMIT) + " past");
            }
            for (ZipArchiveEntry entry : java.util.Collections.list(zip.getEntries())) {
                if (entry.getName().startsWith("xl/worksheets/") && entry.getName().endsWith(".xml")) {
                    try (InputStream sheet = zip.getInputStream(entry)) {
                        Problem outside = CellReferences.beyondTheSheet(name, sheet);
                        if (outside != null) {
                            return outside;
                        }
                    }
                }
            }
            return null;
        }
    }

    private static SeekableByteChannel channel(Tables.Bytes bytes) throws IOException {
        if (bytes instanceof IncomingFile.OnDisk file) {
            return java.nio.file.Files.newByteChannel(file.path(), java.nio.file.LinkOption.NOFOLLOW_LINKS);
        }
        try (InputStream in = bytes.open()) {
            return new SeekableInMemoryByteChannel(in.readAllBytes());
        }
    }

    private static String megabytes(long bytes) {
        return (bytes + 1024 * 1024 - 1) / (1024 * 1024) + " MB";
    }

    private static Problem tooLarge(String name, String why) {
        return Problem.ofFile(ProblemCode.WORKBOOK_DAMAGED, name, "Deze werkmap is te groot om te lezen: " + why + ".",
                "Stuur alleen het werkblad met de gegevens, of sla het op als CSV (gescheiden door lijstscheidingsteken).");
    }

    static Problem damaged(String name, Exception e) {
        LOG.info("workbook {} cannot be read", name, e);
        return Problem.ofFile(ProblemCode.WORKBOOK_DAMAGED, name, "Deze Excel-werkmap kan niet worden gelezen: hij is beschadigd of onvolledig "
                        + "(bijvoorbeeld afgebroken bij het opslaan of versturen), of het is geen echte .xlsx.",
                "Open het bestand in Excel en sla het opnieuw op als 'Excel-werkmap (.xlsx)', of als CSV (gescheiden door lijstscheidingsteken).");
    }

    /** A workbook to read, from the start each time it is opened. */
    private record Source(String name, Tables.Bytes bytes, long size) implements TableSource {

        @Override
        public Table open() throws IOException {
            return WorkbookTable.open(name, bytes);
        }
    }
}
