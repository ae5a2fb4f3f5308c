package nl.voortgang.reports;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;

/**
 * Rows for the templates: maps from field name to value. Read models are Java records, which
 * {@code JRBeanCollectionDataSource} cannot read; the renderers turn them into rows of display values
 * (formatted in Java, since a textField {@code pattern} does not apply to {@code LocalDate}), and numbers only where a
 * chart needs them.
 */
final class Rows {

    private Rows() {
    }

    /** A row from alternating names and values; a null value is kept (the field is then blank). */
    static Map<String, Object> row(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values come in pairs");
        }
        Map<String, Object> row = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            row.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return row;
    }

    static JRDataSource source(List<? extends Map<String, ?>> rows) {
        return new JRMapCollectionDataSource(new ArrayList<Map<String, ?>>(rows));
    }

    static String joined(Collection<?> values, String separator) {
        return values.stream().map(String::valueOf).collect(Collectors.joining(separator));
    }
}
