package nl.voortgang.core.csv;

import java.util.List;

/**
 * One record of a CSV file as text.
 *
 * @param line   the line on which the record starts
 * @param number the record's position among the data records (1 is the first after the header)
 */
public record RawRecord(long line, long number, List<String> values) {

    public String value(int index) {
        return index < values.size() ? values.get(index) : "";
    }

    public boolean isBlank() {
        for (String value : values) {
            if (!value.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
