package nl.voortgang.samples.bench;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** The generated ledger file, read the plainest way, for the ceilings. */
final class LedgerRows {

    static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    /** One booking, typed. */
    record Booking(String category, BigDecimal amount, LocalDate bookedOn, String description) {
    }

    private LedgerRows() {
    }

    static CSVFormat format() {
        return CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get();
    }

    /** Parses every value of every record and touches it: the parse ceiling. Returns the number of records. */
    static long parseOnly(Path file) throws IOException {
        long records = 0;
        long characters = 0;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (CSVRecord record : format().parse(reader)) {
                for (int i = 0; i < record.size(); i++) {
                    characters += record.get(i).length();
                }
                records++;
            }
        }
        if (characters < 0) {
            throw new IllegalStateException();
        }
        return records;
    }

    /** Every booking, typed, in memory. */
    static List<Booking> readAll(Path file) throws IOException {
        List<Booking> bookings = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (CSVRecord r : format().parse(reader)) {
                bookings.add(new Booking(category(r.get("kostensoort")), amount(r.get("gerealiseerd")), LocalDate.parse(r.get("datum"), DUTCH_DATE),
                        r.get("omschrijving")));
            }
        }
        return bookings;
    }

    /** The code under which Voortgang stores a cost category. */
    static String category(String label) {
        return switch (label) {
            case "personeelskosten" -> "PERSONNEL";
            case "activiteitenkosten" -> "ACTIVITIES";
            case "communicatiekosten" -> "COMMUNICATION";
            case "monitoring en evaluatie" -> "MONITORING";
            case "overheadkosten" -> "OVERHEAD";
            default -> throw new IllegalArgumentException("not a cost category: " + label);
        };
    }

    static BigDecimal amount(String dutch) {
        return new BigDecimal(dutch.replace(".", "").replace(',', '.'));
    }
}
