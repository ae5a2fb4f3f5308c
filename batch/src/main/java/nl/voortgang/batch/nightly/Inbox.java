package nl.voortgang.batch.nightly;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The inbox the nightly run reads: a folder {@code secretariaat/} with the reference data and newsletter
 * content, and a folder per partner code with that partner's files. Which partner sent a file is known from the
 * folder it arrived in. Folders whose names start with {@code _} or {@code .} are not read.
 */
public final class Inbox {

    public static final String SECRETARIAT = "secretariaat";

    private final Path root;

    public Inbox(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    /** A file found in the inbox. */
    public record Entry(String folder, Path file, Instant modified) {

        public boolean isSecretariat() {
            return folder.equals(SECRETARIAT);
        }

        public boolean isCsv() {
            return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
        }

        /** Changed so recently that it may still be being written. */
        public boolean isSettling(Instant now, Duration settle) {
            return modified.isAfter(now.minus(settle));
        }
    }

    /** Every file, the secretariat's folder first, then the partner folders by name, files by name. */
    public List<Entry> entries() {
        List<Entry> entries = new ArrayList<>();
        for (Path folder : folders()) {
            for (Path file : list(folder).stream().filter(Files::isRegularFile).filter(f -> !hidden(f)).toList()) {
                try {
                    entries.add(new Entry(folder.getFileName().toString(), file, Files.getLastModifiedTime(file).toInstant()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return entries;
    }

    private List<Path> folders() {
        List<Path> folders = new ArrayList<>(list(root).stream().filter(Files::isDirectory).filter(f -> !hidden(f)).toList());
        folders.sort((a, b) -> {
            boolean aSecretariat = a.getFileName().toString().equals(SECRETARIAT);
            boolean bSecretariat = b.getFileName().toString().equals(SECRETARIAT);
            return aSecretariat == bSecretariat ? a.compareTo(b) : aSecretariat ? -1 : 1;
        });
        return folders;
    }

    private static boolean hidden(Path path) {
        String name = path.getFileName().toString();
        return name.startsWith("_") || name.startsWith(".") || name.endsWith(".part");
    }

    private static List<Path> list(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the inbox folder " + folder, e);
        }
    }
}
