package nl.voortgang.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A folder Voortgang must write in refused it: the disk is full, the folder is not writable, a file stands where a
 * folder should be. Said in Dutch, with the folder and the cause, so that an administrator knows what to fix; nothing
 * of the unit of work that needed it counts, and the same command resumes once it is fixed.
 */
public final class DiskTrouble extends UncheckedIOException {

    private DiskTrouble(String message, IOException cause) {
        super(message, cause);
    }

    /**
     * @param what   what could not be done, as the start of a sentence ("Het bestand … verplaatsen")
     * @param folder the folder it had to be done in
     */
    public static DiskTrouble of(String what, Path folder, IOException cause) {
        return new DiskTrouble(what + " lukt niet in de map " + folder + ": " + cause(cause) + ". Los dat op en voer dezelfde opdracht "
                + "opnieuw uit; er is niets half opgeslagen.", cause);
    }

    /** The trouble somewhere in a failure's chain of causes, if there is one. */
    public static java.util.Optional<DiskTrouble> in(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DiskTrouble trouble) {
                return java.util.Optional.of(trouble);
            }
        }
        return java.util.Optional.empty();
    }

    /** The cause in words an administrator acts on. */
    public static String cause(IOException e) {
        String reason = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : String.valueOf(e.getMessage());
        String lower = reason.toLowerCase(Locale.ROOT);
        if (lower.contains("no space left") || lower.contains("disk quota")) {
            return "de schijf is vol (maak ruimte vrij)";
        }
        if (lower.contains("read-only file system")) {
            return "het bestandssysteem is alleen-lezen";
        }
        if (e instanceof AccessDeniedException denied) {
            return "geen toestemming om te schrijven in " + denied.getFile() + " (geef de gebruiker die Voortgang draait schrijfrechten)";
        }
        if (e instanceof FileAlreadyExistsException || e instanceof NotDirectoryException || lower.contains("not a directory")) {
            return "op de plaats van een map staat een bestand (" + fileInTheWay(((FileSystemException) fsOr(e)).getFile()) + ")";
        }
        if (e instanceof NoSuchFileException missing) {
            return "het bestand of de map bestaat niet (meer): " + missing.getFile();
        }
        return reason;
    }

    /** The nearest existing path from this one up that is not a folder: the file that stands in the way. */
    private static String fileInTheWay(String path) {
        if (path == null) {
            return "?";
        }
        for (Path p = Path.of(path); p != null; p = p.getParent()) {
            if (java.nio.file.Files.exists(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                return java.nio.file.Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS) ? path : p.toString();
            }
        }
        return path;
    }

    private static IOException fsOr(IOException e) {
        return e instanceof FileSystemException ? e : new FileSystemException(e.getMessage());
    }
}
