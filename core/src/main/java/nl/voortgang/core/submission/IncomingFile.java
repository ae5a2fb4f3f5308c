package nl.voortgang.core.submission;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import nl.voortgang.core.csv.Tables;
import nl.voortgang.core.organisation.OrganisationCode;

/**
 * A partner file as it arrives: who sent it (known from where it arrived, never from what it claims), its name, its
 * bytes (a file on disk, or an upload held in memory), when it was received and who hands it in.
 *
 * @param submittedBy who ran the intake: a person, a run, a portal user
 */
public record IncomingFile(OrganisationCode sender, String name, Content content, Instant receivedAt, String submittedBy) {

    public IncomingFile {
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(submittedBy, "submittedBy");
    }

    /** A file on disk, under its own name. It is read as itself, never through a symbolic link. */
    public static IncomingFile of(OrganisationCode sender, Path file, Instant receivedAt, String submittedBy) {
        return new IncomingFile(sender, file.getFileName().toString(), new OnDisk(file), receivedAt, submittedBy);
    }

    /** Bytes held in memory, such as an upload, under the name they were sent with. */
    public static IncomingFile of(OrganisationCode sender, String name, byte[] content, Instant receivedAt, String submittedBy) {
        return new IncomingFile(sender, name, new InMemory(content), receivedAt, submittedBy);
    }

    /** The bytes of a file. */
    public sealed interface Content extends Tables.Bytes permits OnDisk, InMemory {

        Checksum checksum() throws IOException;
    }

    public record OnDisk(Path path) implements Content {

        @Override
        public InputStream open() throws IOException {
            return Tables.Bytes.of(path).open();
        }

        @Override
        public long size() throws IOException {
            return Tables.Bytes.of(path).size();
        }

        @Override
        public Checksum checksum() throws IOException {
            return Checksum.of(path);
        }
    }

    public record InMemory(byte[] bytes) implements Content {

        public InMemory {
            bytes = bytes.clone();
        }

        @Override
        public byte[] bytes() {
            return bytes.clone();
        }

        @Override
        public InputStream open() {
            return new ByteArrayInputStream(bytes);
        }

        @Override
        public long size() {
            return bytes.length;
        }

        @Override
        public Checksum checksum() {
            return Checksum.of(bytes);
        }
    }
}
