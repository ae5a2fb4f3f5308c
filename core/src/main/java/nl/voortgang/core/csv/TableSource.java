package nl.voortgang.core.csv;

import java.io.IOException;
import java.util.Optional;

/** A file that can be opened as a {@link Table}, as often as needed (a check and a restart each read it from the start). */
public interface TableSource {

    String name();

    /** The file's size in bytes. */
    long size();

    Table open() throws IOException;

    /** The outcome of looking at a file: a source to read, or the problem that stops it being read. */
    record Detected(TableSource source, Problem problem) {

        public Optional<TableSource> readable() {
            return Optional.ofNullable(source);
        }
    }
}
