package nl.voortgang.samples;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Totals worked out "by hand" from the sample inbox: a reading of the CSV text that shares no code with
 * {@code core}, taking for each partner, alliance, year and kind the file whose name (arrival date) sorts last,
 * as a person with a spreadsheet would.
 */
final class ByHand {

    private ByHand() {
    }

    static String euros(BigDecimal amount) {
        return "€\u00a0" + String.format(Locale.forLanguageTag("nl-NL"), "%,.2f", amount);
    }

    static BigDecimal sum(Map<String, BigDecimal[]> totals, String alliance, int index) {
        return totals.entrySet().stream().filter(e -> e.getKey().startsWith(alliance + "/")).map(e -> e.getValue()[index])
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Alliance/partner → {definitive budget, realised}, from the last file per partner, alliance, year and kind. */
    static Map<String, BigDecimal[]> totals(Path inbox) throws IOException {
        return totals(inbox, null);
    }

    /** The same, for one year (or every year when {@code year} is null). */
    static Map<String, BigDecimal[]> totals(Path inbox, Integer year) throws IOException {
        Map<String, Path> lastFile = new TreeMap<>();
        Map<Path, List<Map<String, String>>> rows = new HashMap<>();
        try (Stream<Path> partners = Files.list(inbox)) {
            for (Path folder : partners.filter(p -> !p.getFileName().toString().equals("secretariaat")).sorted().toList()) {
                try (Stream<Path> files = Files.list(folder)) {
                    for (Path file : files.filter(f -> f.toString().endsWith(".csv")).sorted().toList()) {
                        List<Map<String, String>> table = table(file);
                        Map<String, String> first = table.get(0);
                        String kind = first.containsKey("begroot") ? "budget" : first.containsKey("gerealiseerd") ? "spent" : null;
                        if (kind != null) {
                            lastFile.put(first.get("alliantie") + "/" + folder.getFileName() + "/" + first.get("jaar") + "/" + kind, file);
                            rows.put(file, table);
                        }
                    }
                }
            }
        }
        Map<String, BigDecimal[]> totals = new TreeMap<>();
        lastFile.forEach((key, file) -> {
            String[] parts = key.split("/");
            if (year != null && !parts[2].equals(year.toString())) {
                return;
            }
            BigDecimal[] total = totals.computeIfAbsent(parts[0] + "/" + parts[1], k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            for (Map<String, String> row : rows.get(file)) {
                if (parts[3].equals("budget") && row.get("status").equals("definitief")) {
                    total[0] = total[0].add(amount(row.get("begroot")));
                } else if (parts[3].equals("spent")) {
                    total[1] = total[1].add(amount(row.get("gerealiseerd")));
                }
            }
        });
        return totals;
    }

    private static BigDecimal amount(String text) {
        String plain = text.replace("€", "").replace(" ", "").trim();
        if (plain.contains(",")) {
            plain = plain.replace(".", "").replace(",", ".");
        }
        return new BigDecimal(plain);
    }

    /** Rows as maps from lower-case header names to values; handles quotes, line breaks in quotes, BOM and Windows-1252. */
    private static List<Map<String, String>> table(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            text = new String(bytes, Charset.forName("windows-1252"));
        }
        text = text.replace("\uFEFF", "");
        char separator = text.substring(0, text.indexOf('\n')).contains(";") ? ';' : ',';
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == separator) {
                record.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n') {
                record.add(cell.toString().replace("\r", ""));
                cell.setLength(0);
                if (record.stream().anyMatch(v -> !v.isBlank())) {
                    records.add(record);
                }
                record = new ArrayList<>();
            } else {
                cell.append(c);
            }
        }
        List<String> header = records.get(0).stream().map(h -> h.toLowerCase(Locale.ROOT).replace(" ", "")).toList();
        List<Map<String, String>> table = new ArrayList<>();
        for (List<String> values : records.subList(1, records.size())) {
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), i < values.size() ? values.get(i) : "");
            }
            table.add(row);
        }
        return table;
    }
}
