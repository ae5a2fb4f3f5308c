package nl.voortgang.core.csv;

import java.util.List;

/**
 * A record read in a format: its value (null when it has errors) and its problems.
 *
 * @param number the record's position among the data records, for restarts
 */
public record ParsedRow<T>(long line, long number, T value, List<Problem> problems) {

    public ParsedRow {
        problems = List.copyOf(problems);
    }

    public boolean isValid() {
        return value != null && problems.stream().noneMatch(Problem::isError);
    }
}
