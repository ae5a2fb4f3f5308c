package nl.voortgang.samples.generator;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A synthetic world of any size, reproducible from a seed, written as a ready inbox in the documented formats:
 * {@code alliances} alliances of {@code partners} partners each, working {@code years} years from 2018, every
 * partner sending for every year a definitive budget, an expenditure ledger of {@code rows} lines, its activity
 * progress and indicator results. Every file is valid: the nightly run accepts them all.
 *
 * <pre>java -cp … nl.voortgang.samples.generator.WorldGenerator --out DIR [--alliances N] [--partners M] [--years Y] [--rows R] [--seed S]</pre>
 */
public final class WorldGenerator {

    public static final int FIRST_YEAR = 2018;
    private static final String[] CATEGORIES = {"personeelskosten", "activiteitenkosten", "communicatiekosten", "monitoring en evaluatie",
        "overheadkosten"};
    private static final String SCHEME = "GEN-REGELING";

    private final int alliances;
    private final int partners;
    private final int years;
    private final int rows;
    private final long seed;

    public WorldGenerator(int alliances, int partners, int years, int rows, long seed) {
        this.alliances = alliances;
        this.partners = partners;
        this.years = years;
        this.rows = rows;
        this.seed = seed;
    }

    public static void main(String[] args) throws IOException {
        Path out = null;
        int alliances = 2;
        int partners = 5;
        int years = 2;
        int rows = 100;
        long seed = 2018;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--out" -> out = Path.of(args[i + 1]);
                case "--alliances" -> alliances = Integer.parseInt(args[i + 1]);
                case "--partners" -> partners = Integer.parseInt(args[i + 1]);
                case "--years" -> years = Integer.parseInt(args[i + 1]);
                case "--rows" -> rows = Integer.parseInt(args[i + 1]);
                case "--seed" -> seed = Long.parseLong(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (out == null) {
            System.err.println("usage: WorldGenerator --out DIR [--alliances N] [--partners M] [--years Y] [--rows R] [--seed S]");
            System.exit(2);
        }
        new WorldGenerator(alliances, partners, years, rows, seed).writeInbox(out);
        System.out.println("inbox written to " + out.toAbsolutePath());
    }

    public static String alliance(int a) {
        return String.format("A%02d", a + 1);
    }

    public static String partner(int a, int p) {
        return String.format("P%02d-%02d", a + 1, p + 1);
    }

    /** Writes the inbox: {@code secretariaat/} and a folder per partner. */
    public void writeInbox(Path inbox) throws IOException {
        Random random = new Random(seed);
        Path secretariat = Files.createDirectories(inbox.resolve("secretariaat"));
        List<List<String>> organisations = new ArrayList<>(List.of(List.of("code", "naam", "soort"), List.of("MIN", "Ministerie", "ministerie")));
        List<List<String>> members = new ArrayList<>(List.of(List.of("alliantie", "organisatie", "rol", "begin", "eind")));
        List<List<String>> alliancesFile = new ArrayList<>(List.of(List.of("code", "naam", "strategisch_doel", "langetermijndoel", "regeling", "begin",
                "eind")));
        List<List<String>> outcomes = new ArrayList<>(List.of(List.of("alliantie", "code", "omschrijving")));
        List<List<String>> indicators = new ArrayList<>(List.of(List.of("alliantie", "code", "uitkomst", "omschrijving", "eenheid", "aggregatie",
                "basiswaarde", "basisjaar")));
        List<List<String>> targets = new ArrayList<>(List.of(List.of("alliantie", "indicator", "jaar", "streefwaarde")));
        List<List<String>> plans = new ArrayList<>(List.of(List.of("alliantie", "jaar", "code", "activiteit", "partner", "uitkomst", "begin", "eind",
                "begroot", "status")));
        String start = FIRST_YEAR + "-01-01";
        String end = (FIRST_YEAR + years - 1) + "-12-31";
        for (int a = 0; a < alliances; a++) {
            String code = alliance(a);
            alliancesFile.add(List.of(code, "Alliantie " + (a + 1), "Strategisch doel van alliantie " + (a + 1),
                    "Langetermijndoel van alliantie " + (a + 1), SCHEME, start, end));
            for (int o = 1; o <= 3; o++) {
                outcomes.add(List.of(code, "U" + o, "Uitkomst " + o + " van alliantie " + (a + 1)));
                indicators.add(List.of(code, "I" + o + ".1", "U" + o, "Deelnemers aan uitkomst " + o, "deelnemers", "optellen", "0",
                        String.valueOf(FIRST_YEAR - 1)));
                indicators.add(List.of(code, "I" + o + ".2", "U" + o, "Tevredenheid bij uitkomst " + o, "%", "stand", "50",
                        String.valueOf(FIRST_YEAR - 1)));
                for (int y = 0; y < years; y++) {
                    targets.add(List.of(code, "I" + o + ".1", String.valueOf(FIRST_YEAR + y), String.valueOf(100 * partners)));
                    targets.add(List.of(code, "I" + o + ".2", String.valueOf(FIRST_YEAR + y), "70"));
                }
            }
            for (int p = 0; p < partners; p++) {
                String org = partner(a, p);
                organisations.add(List.of(org, "Partner " + (p + 1) + " van alliantie " + (a + 1), "stichting"));
                members.add(List.of(code, org, p == 0 ? "penvoerder" : "partner", start, end));
                for (int y = 0; y < years; y++) {
                    int year = FIRST_YEAR + y;
                    for (int n = 1; n <= 2; n++) {
                        plans.add(List.of(code, String.valueOf(year), activity(a, p, year, n), "Activiteit " + n + " van " + org + " in " + year,
                                org, "U" + (1 + (p + n) % 3), year + "-02-01", year + "-11-30", (10_000 + random.nextInt(40) * 500) + ".00",
                                "gepland"));
                    }
                }
            }
        }
        write(secretariat.resolve("organisaties.csv"), organisations);
        write(secretariat.resolve("regelingen.csv"), List.of(
                List.of("code", "naam", "ministerie", "begin", "eind", "plannen_uiterlijk", "beoordeling_uiterlijk", "voortgang_uiterlijk",
                        "tolerantie"),
                List.of(SCHEME, "Gegenereerde regeling", "MIN", (FIRST_YEAR - 1) + "-01-01", end, "20-09", "20-12", "01-04", "10")));
        write(secretariat.resolve("allianties.csv"), alliancesFile);
        write(secretariat.resolve("lidmaatschappen.csv"), members);
        write(secretariat.resolve("uitkomsten.csv"), outcomes);
        write(secretariat.resolve("indicatorlijst.csv"), indicators);
        write(secretariat.resolve("streefwaarden.csv"), targets);
        write(secretariat.resolve("activiteitenplannen.csv"), plans);
        for (int a = 0; a < alliances; a++) {
            for (int p = 0; p < partners; p++) {
                writePartner(inbox, a, p, random);
            }
        }
    }

    private void writePartner(Path inbox, int a, int p, Random random) throws IOException {
        String code = alliance(a);
        String org = partner(a, p);
        Path folder = Files.createDirectories(inbox.resolve(org));
        for (int y = 0; y < years; y++) {
            int year = FIRST_YEAR + y;
            List<List<String>> budget = new ArrayList<>(List.of(List.of("alliantie", "partner", "jaar", "kostensoort", "begroot", "status")));
            long[] budgeted = new long[CATEGORIES.length];
            for (int c = 0; c < CATEGORIES.length; c++) {
                budgeted[c] = 5_000 + random.nextInt(100) * 1_000L;
                budget.add(List.of(code, org, String.valueOf(year), CATEGORIES[c], budgeted[c] + ",00", "definitief"));
            }
            write(folder.resolve((year - 1) + "-09-15_begroting-" + code + "-" + year + ".csv"), budget);
            writeLedger(folder.resolve((year + 1) + "-03-10_realisatie-" + code + "-" + year + ".csv"), code, org, year, rows, budgeted, random);
            List<List<String>> progress = new ArrayList<>(List.of(List.of("alliantie", "partner", "jaar", "activiteit", "status", "gereed_op")));
            for (int n = 1; n <= 2; n++) {
                progress.add(List.of(code, org, String.valueOf(year), activity(a, p, year, n), "uitgevoerd", year + "-11-30"));
            }
            write(folder.resolve((year + 1) + "-03-15_activiteiten-" + code + "-" + year + ".csv"), progress);
            List<List<String>> results = new ArrayList<>(List.of(List.of("alliantie", "partner", "jaar", "indicator", "waarde", "uitsplitsing",
                    "categorie")));
            for (int o = 1; o <= 3; o++) {
                int women = 40 + random.nextInt(60);
                int men = random.nextInt(40);
                results.add(List.of(code, org, String.valueOf(year), "I" + o + ".1", String.valueOf(women + men), "", ""));
                results.add(List.of(code, org, String.valueOf(year), "I" + o + ".1", String.valueOf(women), "geslacht", "vrouw"));
                results.add(List.of(code, org, String.valueOf(year), "I" + o + ".1", String.valueOf(men), "geslacht", "man"));
                results.add(List.of(code, org, String.valueOf(year), "I" + o + ".2", (50 + random.nextInt(45)) + "," + random.nextInt(10), "", ""));
            }
            write(folder.resolve((year + 1) + "-03-15_indicatoren-" + code + "-" + year + ".csv"), results);
        }
    }

    /**
     * An expenditure ledger of {@code lines} bookings, as Dutch Excel saves it ({@code ;}, decimal commas), whose
     * totals per category come within a few percent of the budget.
     */
    public static void writeLedger(Path file, String alliance, String partner, int year, int lines, long[] budgeted, Random random)
            throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("alliantie;partner;jaar;datum;kostensoort;gerealiseerd;omschrijving;toelichting\n");
            for (int i = 0; i < lines; i++) {
                int c = i % CATEGORIES.length;
                long perLine = Math.max(1, budgeted[c] * 100 / Math.max(1, (lines + CATEGORIES.length - 1 - c) / CATEGORIES.length));
                long cents = perLine * (95 + random.nextInt(10)) / 100;
                out.write(alliance + ";" + partner + ";" + year + ";" + String.format("%02d-%02d-%d", 1 + random.nextInt(28), 1 + random.nextInt(12), year)
                        + ";" + CATEGORIES[c] + ";" + (cents / 100) + "," + String.format("%02d", cents % 100) + ";Boeking " + (i + 1)
                        + " bij leverancier " + (1 + random.nextInt(500)) + ";\n");
            }
        }
    }

    private static String activity(int a, int p, int year, int n) {
        return alliance(a) + "-" + String.format("%02d", p + 1) + "-" + year + "-" + n;
    }

    private static void write(Path file, List<List<String>> rows) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (List<String> row : rows) {
                out.write(String.join(";", row.stream().map(v -> v.contains(";") ? "\"" + v + "\"" : v).toList()));
                out.write('\n');
            }
        }
    }
}
