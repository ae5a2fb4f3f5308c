package nl.voortgang.batch.nightly;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Moves a handled file out of the inbox without ever losing it: to a folder per submitter, never over a
 * different file of the same name (a second one gets {@code -2}, …), and a file already there with the same
 * content only removes the inbox copy. Across file systems the file is copied under a temporary name, renamed,
 * and only then removed from the inbox, so that a run killed half-way leaves the file in the inbox to be
 * handled again.
 */
final class FileMover {

    private FileMover() {
    }

    static Path move(Path file, Path folder) {
        try {
            Files.createDirectories(folder);
            Path target = freeName(file, folder);
            if (Files.exists(target)) {
                Files.delete(file);
                return target;
            }
            try {
                Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Path partial = target.resolveSibling(target.getFileName() + ".part");
                Files.copy(file, partial, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
                Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
                Files.delete(file);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move " + file + " to " + folder, e);
        }
    }

    /** The name the file gets in the folder: its own, or with a number when a different file has it. */
    private static Path freeName(Path file, Path folder) throws IOException {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot) : "";
        Path candidate = folder.resolve(name);
        for (int n = 2; Files.exists(candidate); n++) {
            if (sameContent(file, candidate)) {
                return candidate;
            }
            candidate = folder.resolve(base + "-" + n + extension);
        }
        return candidate;
    }

    private static boolean sameContent(Path a, Path b) throws IOException {
        return Files.mismatch(a, b) == -1;
    }

    static void copy(Path file, Path target) {
        try {
            Files.createDirectories(target.getParent());
            Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
