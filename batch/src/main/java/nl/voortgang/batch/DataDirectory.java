package nl.voortgang.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.voortgang.core.submission.Checksum;

/**
 * Where a Voortgang installation keeps its state: the embedded database ({@code db/}) and a kept copy of every
 * file it read ({@code files/<submitter>/<first 12 digits of the checksum>/<file name>}), with the problems of a
 * rejected file next to its copy as {@code <name>.problems.csv}.
 */
public final class DataDirectory {

    private final Path root;

    public DataDirectory(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    public Path keptCopy(String submitter, Checksum checksum, String fileName) {
        return root.resolve("files").resolve(submitter).resolve(checksum.shortForm()).resolve(fileName);
    }

    public static Path problemsFileOf(Path keptCopy) {
        String name = keptCopy.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return keptCopy.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".problems.csv");
    }

    /** Copies the file into the kept area (once: the same content from the same submitter has one copy). */
    public Path keep(Path file, String submitter, Checksum checksum) {
        Path copy = keptCopy(submitter, checksum, file.getFileName().toString());
        try {
            if (!Files.exists(copy)) {
                Files.createDirectories(copy.getParent());
                Path partial = copy.resolveSibling(copy.getFileName() + ".part");
                Files.copy(file, partial, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                Files.move(partial, copy, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            }
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep a copy of " + file + " in " + copy.getParent(), e);
        }
    }
}
