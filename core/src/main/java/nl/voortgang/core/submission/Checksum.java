package nl.voortgang.core.submission;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/** The SHA-256 of a file's bytes, in lower-case hex: how the same file sent twice is recognised. */
public record Checksum(String sha256) {

    private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

    public Checksum {
        Objects.requireNonNull(sha256, "sha256");
        if (!HEX.matcher(sha256).matches()) {
            throw new IllegalArgumentException("a SHA-256 checksum is 64 lower-case hex digits: " + sha256);
        }
    }

    public static Checksum of(byte[] content) {
        return new Checksum(HexFormat.of().formatHex(digest().digest(content)));
    }

    public static Checksum of(Path file) throws IOException {
        MessageDigest digest = digest();
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            int read;
            while ((read = in.read(buffer)) > 0) {
                digest.update(buffer, 0, read);
            }
        }
        return new Checksum(HexFormat.of().formatHex(digest.digest()));
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The first twelve digits, enough to tell files apart in a report. */
    public String shortForm() {
        return sha256.substring(0, 12);
    }

    @Override
    public String toString() {
        return sha256;
    }
}
