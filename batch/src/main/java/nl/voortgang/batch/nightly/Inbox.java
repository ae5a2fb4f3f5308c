package nl.voortgang.batch.nightly;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The inbox the nightly run reads: a folder {@code secretariaat/} with the reference data and newsletter
 * content, and a folder per partner code with that partner's files. Which partner sent a file is known from the
 * folder it arrived in. Folders and files whose names start with {@code _} or {@code .}, and {@code *.part} files, are
 * not read.
 *
 * <p>The inbox is hostile ground: anyone who can write into it can put anything there. It is listed without following
 * a single symbolic link: a link (to a file or to a folder) is listed as an entry that is never read, copied or moved;
 * so are a file outside the partner folders, a folder inside a partner folder and anything that is not a plain file.
 */
public final class Inbox {

    public static final String SECRETARIAT = "secretariaat";
    /** What the summary calls the inbox's own top folder, for an entry found there. */
    public static final String ROOT = "(inbox)";
    /** The endings of the files that are read. */
    public static final List<String> READ_KINDS = List.of(".csv", ".txt", ".tsv", ".xlsx", ".xls", ".ods");

    private final Path root;

    public Inbox(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    /**
     * Something found in the inbox.
     *
     * @param unread null for a plain file in a folder that is read; otherwise why it is left where it is, unread
     */
    public record Entry(String folder, Path file, Instant modified, String unread) {

        public boolean isSecretariat() {
            return folder.equals(SECRETARIAT);
        }

        /**
         * Whether the file is of a kind that is read: CSV ({@code .csv}, or {@code .txt} and {@code .tsv} as Excel saves
         * "Unicode-tekst"), and workbooks ({@code .xlsx}; an {@code .xls} or {@code .ods} is read far enough to say how to
         * send it instead).
         */
        public boolean isReadKind() {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            return READ_KINDS.stream().anyMatch(name::endsWith);
        }

        /** Changed so recently that it may still be being written. */
        public boolean isSettling(Instant now, Duration settle) {
            return modified.isAfter(now.minus(settle));
        }
    }

    /**
     * Everything found, the secretariat's folder first, then the partner folders by name, files by name; what is left
     * unread (links, files outside a partner folder, nested folders, devices) is among them with its reason.
     */
    public List<Entry> entries() {
        List<Entry> entries = new ArrayList<>();
        List<Path> folders = new ArrayList<>();
        for (Path path : list(root)) {
            BasicFileAttributes attributes = attributes(path);
            if (hidden(path)) {
                continue;
            }
            if (attributes.isSymbolicLink()) {
                entries.add(unread(ROOT, path, attributes, "is een symbolische koppeling (naar " + target(path)
                        + "); Voortgang volgt geen koppelingen in de inbox en laat hem staan. Zet de bestanden zelf in de map van de partner."));
            } else if (attributes.isDirectory()) {
                folders.add(path);
            } else {
                entries.add(unread(ROOT, path, attributes, "staat niet in de map van een partner; niemand weet wie het stuurde en het blijft staan. "
                        + "Zet het in de map met de code van de partner die het stuurde (zoals NVR/) of in " + SECRETARIAT + "/."));
            }
        }
        folders.sort((a, b) -> {
            boolean aSecretariat = a.getFileName().toString().equals(SECRETARIAT);
            boolean bSecretariat = b.getFileName().toString().equals(SECRETARIAT);
            return aSecretariat == bSecretariat ? a.compareTo(b) : aSecretariat ? -1 : 1;
        });
        for (Path folder : folders) {
            String name = folder.getFileName().toString();
            for (Path file : list(folder)) {
                if (hidden(file)) {
                    continue;
                }
                BasicFileAttributes attributes = attributes(file);
                if (attributes.isSymbolicLink()) {
                    entries.add(unread(name, file, attributes, "is een symbolische koppeling (naar " + target(file)
                            + "); Voortgang volgt geen koppelingen in de inbox en laat hem staan. Zet het bestand zelf in de map."));
                } else if (attributes.isDirectory()) {
                    entries.add(unread(name, file, attributes, "is een map in een partnermap; die wordt niet gelezen. Zet de bestanden erin "
                            + "direct in " + name + "/."));
                } else if (!attributes.isRegularFile()) {
                    entries.add(unread(name, file, attributes, "is geen gewoon bestand (maar een apparaat, pijp of socket) en wordt niet gelezen."));
                } else {
                    entries.add(new Entry(name, file, attributes.lastModifiedTime().toInstant(), null));
                }
            }
        }
        return entries;
    }

    private static Entry unread(String folder, Path path, BasicFileAttributes attributes, String why) {
        return new Entry(folder, path, attributes.lastModifiedTime().toInstant(), why);
    }

    private static BasicFileAttributes attributes(Path path) {
        try {
            return Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            throw nl.voortgang.batch.DiskTrouble.of("De inbox lezen (" + path.getFileName() + ")", path.getParent(), e);
        }
    }

    /** Where a link points, as text (never resolved further than the link itself says). */
    private static String target(Path link) {
        try {
            String target = Files.readSymbolicLink(link).toString();
            return target.length() > 80 ? target.substring(0, 79) + "…" : target;
        } catch (IOException | UnsupportedOperationException e) {
            return "?";
        }
    }

    private static boolean hidden(Path path) {
        String name = path.getFileName().toString();
        return name.startsWith("_") || name.startsWith(".") || name.endsWith(".part");
    }

    /** The folder's entries by name; the folder itself is never a link (the root is given, the others are checked before). */
    private static List<Path> list(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.sorted().toList();
        } catch (IOException e) {
            throw nl.voortgang.batch.DiskTrouble.of("De inbox lezen", folder, e);
        }
    }
}
