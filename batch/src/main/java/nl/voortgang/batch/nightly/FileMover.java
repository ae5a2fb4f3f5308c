package nl.voortgang.batch.nightly;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import nl.voortgang.batch.DiskTrouble;

/**
 * Moves a handled file out of the inbox without ever losing it: to a folder per submitter, never over a different
 * file of the same name (a second one gets {@code -2}, …), and a file already there with the same content only
 * removes the inbox copy. Where a file goes is decided first ({@link #plan}) and recorded with its fate; the move
 * itself ({@link #move}) comes after that is committed, and can be done again after a crash. Across file systems
 * the file is copied under a temporary name, renamed, and only then removed from the inbox, so that a run killed
 * half-way leaves the file in the inbox to be moved again.
 */
final class FileMover {

    private FileMover() {
    }

    /** Where the file would go in the folder: its own name, or with a number when a different file has it. */
    static Path plan(Path file, Path folder) {
        try {
            String name = file.getFileName().toString();
            int dot = name.lastIndexOf('.');
            String base = dot > 0 ? name.substring(0, dot) : name;
            String extension = dot > 0 ? name.substring(dot) : "";
            Path candidate = folder.resolve(name);
            for (int n = 2; Files.exists(candidate, LinkOption.NOFOLLOW_LINKS); n++) {
                if (Files.mismatch(file, candidate) == -1) {
                    return candidate;
                }
                candidate = folder.resolve(base + "-" + n + extension);
            }
            return candidate;
        } catch (IOException e) {
            throw DiskTrouble.of("Kijken wat er al staat", folder, e);
        }
    }

    /** Moves the file to the planned place (or, if a different file took that place since, the next free one). */
    static Path move(Path file, Path target) {
        if (Files.isSymbolicLink(file) || Files.isSymbolicLink(file.getParent())) {
            // put there after the inbox was listed: never move what a link points at
            return file;
        }
        try {
            Files.createDirectories(target.getParent());
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                if (Files.mismatch(file, target) == -1) {
                    Files.delete(file);
                    return target;
                }
                target = plan(file, target.getParent());
                if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                    Files.delete(file);
                    return target;
                }
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
            throw DiskTrouble.of("Het bestand " + file.getFileName() + " verplaatsen", target.getParent(), e);
        }
    }

    static void copy(Path file, Path target) {
        try {
            Files.createDirectories(target.getParent());
            Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw DiskTrouble.of("Het problemenbestand " + target.getFileName() + " schrijven", target.getParent(), e);
        }
    }
}
