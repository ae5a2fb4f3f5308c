package nl.voortgang.samples.bench.jmh;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import nl.voortgang.core.csv.CsvSource;
import nl.voortgang.core.csv.CsvTable;
import nl.voortgang.core.csv.Types;
import nl.voortgang.core.csv.ValueType;
import nl.voortgang.core.memory.InMemoryStore;
import nl.voortgang.core.money.Money;
import nl.voortgang.core.organisation.OrganisationCode;
import nl.voortgang.core.submission.IncomingFile;
import nl.voortgang.core.submission.SubmissionIntake;
import nl.voortgang.samples.SampleInbox;
import nl.voortgang.samples.generator.WorldGenerator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The inner loops of ingest, measured with JMH: reading a partner's expenditure file (CSV only), checking it whole
 * (CSV, every value converted, every rule applied), and the conversions of Dutch amounts and dates on their own.
 * Scores are per row or per value. Run by {@code benchmarks/jmh}; see BENCHMARKS.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class InnerLoops {

    /** Rows in the generated ledger; the scores of the file benchmarks are per row. */
    static final int ROWS = 20_000;

    private static final String[] AMOUNTS = {"1.234,56", "€ 12.500,00", "1234.56", "-75,20", "€ 3.000", "980,05", "42", "1.000.000,00"};
    private static final String[] DATES = {"2018-09-20", "20-09-2018", "01-03-2019", "2019-12-31", "7-5-2018", "2020-02-29"};

    private final ValueType<Money> euros = Types.euros(true);
    private final ValueType<LocalDate> date = Types.date();

    private Path folder;
    private byte[] ledger;
    private InMemoryStore store;
    private final OrganisationCode partner = OrganisationCode.of(WorldGenerator.partner(0, 0));

    @Setup(Level.Trial)
    public void generate() throws IOException {
        folder = Files.createTempDirectory("voortgang-jmh");
        new WorldGenerator(1, 2, 2, 10, 2018).writeInbox(folder.resolve("inbox"));
        store = new InMemoryStore(Clock.system(ZoneId.of("Europe/Amsterdam")));
        SampleInbox.load(folder.resolve("inbox"), store);
        Path file = folder.resolve("realisatie-A01-2019.csv");
        WorldGenerator.writeLedger(file, WorldGenerator.alliance(0), partner.value(), 2019, ROWS,
                new long[] {500_000, 400_000, 300_000, 200_000, 100_000}, new Random(11));
        ledger = Files.readAllBytes(file);
    }

    @TearDown(Level.Trial)
    public void removeFiles() throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** Decoding and splitting the file into records with their line numbers (per row). */
    @Benchmark
    @OperationsPerInvocation(ROWS)
    public long readCsv() throws IOException {
        long values = 0;
        try (CsvTable table = CsvTable.open(CsvSource.detect("realisatie-A01-2019.csv", ledger).source())) {
            for (var row = table.next(); row.isPresent(); row = table.next()) {
                values += row.get().values().size();
            }
        }
        return values;
    }

    /** The whole check of a partner's file, as ingest and validate do it, without storing (per row). */
    @Benchmark
    @OperationsPerInvocation(ROWS)
    public void checkFile() {
        SubmissionIntake.Outcome outcome = store.intake().validate(IncomingFile.of(partner, "realisatie-A01-2019.csv", ledger,
                java.time.Instant.now(), "jmh"));
        outcome.errors().stream().findFirst().ifPresent(problem -> {
            throw new IllegalStateException("the generated ledger should be valid: " + problem.describe());
        });
    }

    /** A Dutch amount, as partners write them (per value). */
    @Benchmark
    @OperationsPerInvocation(8)
    public void amount(Blackhole out) {
        for (String text : AMOUNTS) {
            out.consume(euros.parse(text));
        }
    }

    /** A date in either accepted form (per value). */
    @Benchmark
    @OperationsPerInvocation(6)
    public void dateValue(Blackhole out) {
        for (String text : DATES) {
            out.consume(date.parse(text));
        }
    }

    /** For comparison: the plainest conversion of an already clean amount, {@code new BigDecimal} (per value). */
    @Benchmark
    @OperationsPerInvocation(8)
    public void bigDecimalBaseline(Blackhole out) {
        for (String text : CLEAN) {
            out.consume(new BigDecimal(text));
        }
    }

    private static final String[] CLEAN = {"1234.56", "12500.00", "1234.56", "-75.20", "3000", "980.05", "42", "1000000.00"};
}
