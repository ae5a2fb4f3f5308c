package nl.voortgang.reports;

import java.io.IOException;
import java.io.UncheckedIOException;
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

/**
 * Totals worked out from the sample CSV files "by hand", as a person with a spreadsheet would, sharing no code with
 * {@code core} or the renderers: for each partner, alliance, year and kind the file whose name sorts last (its date
 * says it arrived last) is the current version; a budget counts its "definitief" lines. Reads Windows-1252 or UTF-8
 * (with or without BOM), {@code ;} or {@code ,}, quoted values with line breaks, {@code € 1.234,56} or {@code 1234.56}.
 * Shared with the end-to-end tests in {@code samples} through this module's test jar.
 */
public final class CsvByHand {

    /** One current file's rows, with the partner (its folder) and what kind of file it is. */
    private record CurrentFile(String alliance, String partner, int year, String kind, List<Map<String, String>> rows) {
    }

    private final List<CurrentFile> files;
    private List<Map<String, String>> grants = List.of();

    private CsvByHand(List<CurrentFile> files) {
        this.files = files;
    }

    /** The current budget and expenditure files of every partner folder in {@code inbox}. */
    public static CsvByHand read(Path inbox) {
        Map<String, CurrentFile> current = new TreeMap<>();
        for (Path folder : list(inbox, Files::isDirectory)) {
            if (folder.getFileName().toString().equals("secretariaat")) {
                continue;
            }
            for (Path file : list(folder, f -> f.getFileName().toString().endsWith(".csv"))) {
                List<Map<String, String>> rows = table(file);
                if (rows.isEmpty()) {
                    continue;
                }
                Map<String, String> first = rows.get(0);
                String kind = first.containsKey("begroot") ? "budget" : first.containsKey("gerealiseerd") ? "spent"
                        : first.containsKey("indicator") && first.containsKey("waarde") ? "indicators" : null;
                if (kind != null) {
                    String partner = folder.getFileName().toString();
                    int year = Integer.parseInt(first.get("jaar").trim());
                    current.put(first.get("alliantie") + "/" + partner + "/" + year + "/" + kind,
                            new CurrentFile(first.get("alliantie"), partner, year, kind, rows));
                }
            }
        }
        CsvByHand byHand = new CsvByHand(List.copyOf(current.values()));
        Path grants = inbox.resolve("secretariaat/subsidies.csv");
        if (Files.exists(grants)) {
            byHand.grants = table(grants);
        }
        return byHand;
    }

    /** The subsidy granted (or, with {@code advanced}, paid in advance) to a partner of an alliance in a year, from subsidies.csv. */
    public BigDecimal granted(String alliance, String partner, int year, boolean advanced) {
        return grants.stream().filter(g -> g.get("alliantie").equals(alliance) && g.get("partner").equals(partner)
                        && Integer.parseInt(g.get("jaar").trim()) == year)
                .map(g -> amount(g.get(advanced ? "bevoorschot" : "verleend"))).findFirst().orElse(BigDecimal.ZERO);
    }

    /** What a partner's own funds and third parties paid of its realised expenditure in a year. */
    public BigDecimal contributions(String alliance, String partner, int year) {
        BigDecimal total = BigDecimal.ZERO;
        for (CurrentFile file : files) {
            if (file.alliance().equals(alliance) && file.partner().equals(partner) && file.year() == year && file.kind().equals("spent")) {
                for (Map<String, String> row : file.rows()) {
                    for (String column : List.of("eigen_bijdrage", "eigenbijdrage", "bijdrage_derden", "bijdragederden")) {
                        String value = row.get(column);
                        if (value != null && !value.isBlank()) {
                            total = total.add(amount(value));
                        }
                    }
                }
            }
        }
        return total;
    }

    /**
     * A ratio indicator's sums over the partners in a year, from the total rows of their last indicator files: the
     * numerators and the denominators; two zeros when nobody reported.
     */
    public BigDecimal[] ratio(String alliance, String indicator, int year) {
        BigDecimal numerators = BigDecimal.ZERO;
        BigDecimal denominators = BigDecimal.ZERO;
        for (Map<String, String> row : totalRows(alliance, null, indicator, year)) {
            numerators = numerators.add(new BigDecimal(row.get("teller").trim()));
            denominators = denominators.add(new BigDecimal(row.get("noemer").trim()));
        }
        return new BigDecimal[] {numerators, denominators};
    }

    /** A partner's value of an indicator in a year, from the total row of its last indicator file; null when it gave none. */
    public BigDecimal value(String alliance, String partner, String indicator, int year) {
        return totalRows(alliance, partner, indicator, year).stream().map(row -> new BigDecimal(row.get("waarde").trim().replace(',', '.')))
                .findFirst().orElse(null);
    }

    /** The rows without a breakdown of an indicator in a year, of one partner or (partner null) of all. */
    private List<Map<String, String>> totalRows(String alliance, String partner, String indicator, int year) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (CurrentFile file : files) {
            if (!file.alliance().equals(alliance) || file.year() != year || !file.kind().equals("indicators")
                    || partner != null && !file.partner().equals(partner)) {
                continue;
            }
            for (Map<String, String> row : file.rows()) {
                String breakdown = row.get("uitsplitsing");
                if (row.get("indicator").trim().equals(indicator) && (breakdown == null || breakdown.isBlank())) {
                    rows.add(row);
                }
            }
        }
        return rows;
    }

    private static List<Path> list(Path folder, java.util.function.Predicate<Path> which) {
        try (java.util.stream.Stream<Path> entries = Files.list(folder)) {
            return entries.filter(which).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The partners with a budget or expenditure file for the alliance, by code. */
    public List<String> partners(String alliance) {
        return files.stream().filter(f -> f.alliance().equals(alliance)).map(CurrentFile::partner).distinct().sorted().toList();
    }

    /** The definitive budget of an alliance; a partner null for all partners, a year null for every year. */
    public BigDecimal budget(String alliance, String partner, Integer year) {
        return sum(alliance, partner, year, null, "budget");
    }

    /** The realised expenditure of an alliance; a partner null for all partners, a year null for every year. */
    public BigDecimal spent(String alliance, String partner, Integer year) {
        return sum(alliance, partner, year, null, "spent");
    }

    public BigDecimal budget(String alliance, String partner, Integer year, String category) {
        return sum(alliance, partner, year, category, "budget");
    }

    public BigDecimal spent(String alliance, String partner, Integer year, String category) {
        return sum(alliance, partner, year, category, "spent");
    }

    private BigDecimal sum(String alliance, String partner, Integer year, String category, String kind) {
        BigDecimal total = BigDecimal.ZERO;
        for (CurrentFile file : files) {
            if (!file.alliance().equals(alliance) || (year != null && file.year() != year) || !file.kind().equals(kind)
                    || (partner != null && !file.partner().equals(partner))) {
                continue;
            }
            for (Map<String, String> row : file.rows()) {
                if (category != null && !row.get("kostensoort").trim().equalsIgnoreCase(category)) {
                    continue;
                }
                if (kind.equals("budget") && row.get("status").trim().equals("definitief")) {
                    total = total.add(amount(row.get("begroot")));
                } else if (kind.equals("spent")) {
                    total = total.add(amount(row.get("gerealiseerd")));
                }
            }
        }
        return total;
    }

    /** {@code € 1.234,56}, as the report writes an amount (with a no-break space after the euro sign). */
    public static String euros(BigDecimal amount) {
        return (amount.signum() < 0 ? "-" : "") + "€\u00a0" + String.format(Locale.forLanguageTag("nl-NL"), "%,.2f", amount.abs());
    }

    /** {@code € 1,234.56}, the English form. */
    public static String eurosInEnglish(BigDecimal amount) {
        return (amount.signum() < 0 ? "-" : "") + "€\u00a0" + String.format(Locale.UK, "%,.2f", amount.abs());
    }

    private static BigDecimal amount(String text) {
        String plain = text.replace("€", "").replace("\u00a0", "").replace(" ", "").trim();
        if (plain.contains(",")) {
            plain = plain.replace(".", "").replace(",", ".");
        }
        return new BigDecimal(plain);
    }

    /** Rows as maps from lower-case header names without spaces to values. */
    private static List<Map<String, String>> table(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            text = new String(bytes, Charset.forName("windows-1252"));
        }
        text = text.replace("\uFEFF", "");
        if (!text.endsWith("\n")) {
            text = text + "\n";
        }
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
        List<String> header = records.get(0).stream().map(h -> h.toLowerCase(Locale.ROOT).replace(" ", "").trim()).toList();
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
