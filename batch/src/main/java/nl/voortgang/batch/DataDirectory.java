package nl.voortgang.batch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import nl.voortgang.core.submission.Checksum;
import nl.voortgang.core.submission.IncomingFile;

/**
 * Where a Voortgang installation keeps its state: the embedded database ({@code db/}) and a kept copy of every
 * file it read ({@code files/<submitter>/<first 12 digits of the checksum>/<file name>}), with the problems of a
 * rejected file next to its copy as {@code <name>.problems.csv}.
 */
public final class DataDirectory {

    private final Path root;
    private final Path files;

    public DataDirectory(Path root) {
        this(root, null);
    }

    /**
     * @param files where the kept copies and their problems go: a folder every machine sharing the database reaches (the
     *              setting {@code voortgang.files-dir}); null for {@code files/} in the data directory
     */
    public DataDirectory(Path root, Path files) {
        this.root = root.toAbsolutePath().normalize();
        this.files = files == null ? this.root.resolve("files") : files.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    /** The folder of the kept copies. */
    public Path files() {
        return files;
    }

    /** Where the copy of a file is kept; the name is reduced to a plain file name, whatever it was sent as. */
    public Path keptCopy(String submitter, Checksum checksum, String fileName) {
        return files.resolve(plain(submitter)).resolve(checksum.shortForm()).resolve(plain(fileName));
    }

    /**
     * A kept file as the database refers to it: relative to the folder of kept copies, so that every machine sharing the
     * database finds it in its own mount of that folder.
     */
    public String stored(Path kept) {
        Path absolute = kept.toAbsolutePath().normalize();
        return absolute.startsWith(files) ? files.relativize(absolute).toString().replace('\\', '/') : absolute.toString();
    }

    /** A kept file from the database's reference: relative ones under the folder of kept copies; an absolute one (an older version's) as it is. */
    public Path resolve(String stored) {
        Path path = Path.of(stored);
        return path.isAbsolute() ? path : files.resolve(stored);
    }

    public static Path problemsFileOf(Path keptCopy) {
        String name = keptCopy.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return keptCopy.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".problems.csv");
    }

    /** Copies the bytes into the kept area (once: the same content from the same submitter has one copy). */
    public Path keep(IncomingFile.Content content, String fileName, String submitter, Checksum checksum) {
        Path copy = keptCopy(submitter, checksum, fileName);
        try {
            if (!Files.exists(copy)) {
                OwnerOnlyFolders.create(copy.getParent());
                Path partial = copy.resolveSibling(copy.getFileName() + ".part");
                try (InputStream in = content.open()) {
                    Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
                }
                Files.move(partial, copy, StandardCopyOption.ATOMIC_MOVE);
            }
            return copy;
        } catch (IOException e) {
            throw DiskTrouble.of("Een kopie van " + fileName + " bewaren", copy.getParent(), e);
        }
    }

    /** A name as one plain path segment: no folders, no leading dots, no characters a file system refuses. */
    static String plain(String name) {
        String last = name.replace('\\', '/');
        last = last.substring(last.lastIndexOf('/') + 1).replaceAll("[\\x00-\\x1f:*?\"<>|]", "_");
        while (last.startsWith(".")) {
            last = last.substring(1);
        }
        return last.isBlank() ? "bestand" : last;
    }
}
