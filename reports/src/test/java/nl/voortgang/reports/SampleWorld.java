package nl.voortgang.reports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.stream.Stream;
import nl.voortgang.core.alliance.AllianceCode;
import nl.voortgang.core.csv.CsvSource;
import nl.voortgang.core.memory.InMemoryStore;
import nl.voortgang.core.newsletter.NewsletterIssue;
import nl.voortgang.core.organisation.OrganisationCode;
import nl.voortgang.core.progress.ProgressReport;
import nl.voortgang.core.progress.ReportScope;
import nl.voortgang.core.progress.ReportUnavailable;
import nl.voortgang.core.submission.SubmissionIntake;

/**
 * The sample world (this module's copy of it), loaded with {@code core} alone, on a fixed clock (1 June 2020,
 * Europe/Amsterdam) so that every report made from it is the same: the secretariat's reference files first, then each
 * partner's files in name order (older versions first).
 */
final class SampleWorld {

    /** This module's copy of the sample world's inbox (see src/test/resources/world/README.md). */
    static final Path INBOX = Path.of("src/test/resources/world/inbox");
    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    static final Clock CLOCK = Clock.fixed(ZonedDateTime.of(2020, 6, 1, 12, 0, 0, 0, AMSTERDAM).toInstant(), AMSTERDAM);

    private static InMemoryStore store;

    private SampleWorld() {
    }

    static synchronized InMemoryStore store() {
        if (store == null) {
            store = load();
        }
        return store;
    }

    static ProgressReport year(String alliance, int year) {
        return report(ReportScope.year(AllianceCode.of(alliance), year));
    }

    static ProgressReport toDate(String alliance, int year) {
        return report(ReportScope.toDate(AllianceCode.of(alliance), year));
    }

    static ProgressReport report(ReportScope scope) {
        try {
            return store().progressReports().build(scope);
        } catch (ReportUnavailable e) {
            throw new IllegalStateException(e);
        }
    }

    static NewsletterIssue newsletter(int year, int month) {
        try {
            return store().newsletters().build(YearMonth.of(year, month));
        } catch (ReportUnavailable e) {
            throw new IllegalStateException(e);
        }
    }

    /** A store of its own, loaded from the inbox, for a test that changes what is stored. */
    static InMemoryStore load() {
        InMemoryStore loaded = new InMemoryStore(CLOCK);
        List<CsvSource> reference = csvFiles(INBOX.resolve("secretariaat")).stream().map(file -> {
            CsvSource.Detected detected = CsvSource.detect(file);
            if (detected.source() == null) {
                throw new IllegalStateException(file + ": " + detected.problem().describe());
            }
            return detected.source();
        }).toList();
        var result = loaded.referenceUpdate().apply(reference);
        if (result.hasErrors()) {
            throw new IllegalStateException("reference data: " + result.problems());
        }
        List<String> refused = new java.util.ArrayList<>();
        for (Path folder : partnerFolders()) {
            OrganisationCode partner = OrganisationCode.of(folder.getFileName().toString());
            for (Path file : csvFiles(folder)) {
                SubmissionIntake.Outcome outcome = loaded.intake().submit(partner, file, folder.getFileName().toString());
                if (!outcome.errors().isEmpty()) {
                    refused.add(file.getFileName().toString());
                }
            }
        }
        // the sample inbox holds one bad CSV file on purpose (see samples/README.md); anything else refused is a fault
        if (!refused.equals(List.of("2019-03-25_indicatoren-SWH-2018-aanvulling.csv"))) {
            throw new IllegalStateException("unexpected refused sample files: " + refused);
        }
        return loaded;
    }

    static List<Path> partnerFolders() {
        try (Stream<Path> entries = Files.list(INBOX)) {
            return entries.filter(Files::isDirectory).filter(p -> !p.getFileName().toString().equals("secretariaat")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Path> csvFiles(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(p -> p.getFileName().toString().toLowerCase().endsWith(".csv")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
