package nl.voortgang.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * The data directory holds a copy of every file partners sent (names, amounts): the folders Voortgang makes in it are
 * made readable by their owner only ({@code rwx------}) where the file system has POSIX permissions, and plainly
 * elsewhere.
 */
public final class OwnerOnlyFolders {

    private static final FileAttribute<Set<PosixFilePermission>> OWNER_ONLY = PosixFilePermissions.asFileAttribute(
            PosixFilePermissions.fromString("rwx------"));

    private OwnerOnlyFolders() {
    }

    /** Like {@link Files#createDirectories}, every folder it makes being its owner's only. */
    public static Path create(Path folder) throws IOException {
        if (folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return Files.createDirectories(folder, OWNER_ONLY);
        }
        return Files.createDirectories(folder);
    }

    /** Like {@link Files#createDirectory}: one new folder (its parent must exist), its owner's only. */
    public static Path createNew(Path folder) throws IOException {
        if (folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return Files.createDirectory(folder, OWNER_ONLY);
        }
        return Files.createDirectory(folder);
    }
}
