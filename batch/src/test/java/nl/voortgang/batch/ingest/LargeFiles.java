package nl.voortgang.batch.ingest;

import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A large, valid expenditure ledger of NVR for Samen werkt het! 2018, reproducible row by row. */
final class LargeFiles {

    private static final String[] CATEGORIES = {"personeelskosten", "activiteitenkosten", "communicatiekosten", "overheadkosten"};

    private LargeFiles() {
    }

    static Path expenditureLedger(Path folder, int rows) throws IOException {
        Path file = folder.resolve("realisatie-SWH-2018-boekhouding.csv");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("alliantie;partner;jaar;datum;kostensoort;gerealiseerd;omschrijving\n");
            for (int i = 1; i <= rows; i++) {
                out.write("SWH;NVR;2018;" + String.format("%02d-%02d-2018", 1 + i % 28, 1 + i % 12) + ";" + CATEGORIES[i % 4] + ";"
                        + amount(i).toPlainString().replace('.', ',') + ";Boeking " + i + "\n");
            }
        }
        return file;
    }

    static BigDecimal amount(int row) {
        return BigDecimal.valueOf(1000 + (row * 37L) % 90_000, 2);
    }

    static BigDecimal ledgerSum(int rows) {
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 1; i <= rows; i++) {
            sum = sum.add(amount(i));
        }
        return sum;
    }
}
