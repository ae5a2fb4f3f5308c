package nl.voortgang.batch;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * One process at a time on a data directory: an operating-system lock on {@code voortgang.lock}, which the system
 * releases the moment the process ends, however it ends (also {@code kill -9}). A second run is refused at once;
 * a run after a killed one goes ahead. (Between machines that share one database, the run lock in the database
 * does the same.)
 */
final class DataDirectoryLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private DataDirectoryLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock, or empty when another process holds it. */
    static Optional<DataDirectoryLock> tryAcquire(Path dataDir) throws IOException {
        OwnerOnlyFolders.create(dataDir);
        FileChannel channel = FileChannel.open(dataDir.resolve("voortgang.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                return Optional.empty();
            }
            return Optional.of(new DataDirectoryLock(channel, lock));
        } catch (OverlappingFileLockException e) {
            channel.close();
            return Optional.empty();
        }
    }

    @Override
    public void close() throws IOException {
        lock.release();
        channel.close();
    }
}
