package nl.voortgang.batch.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import nl.voortgang.batch.BatchTestSupport;
import nl.voortgang.batch.ingest.FileOutcome;
import nl.voortgang.core.alliance.AllianceCode;
import nl.voortgang.core.csv.CsvSource;
import nl.voortgang.core.memory.InMemoryStore;
import nl.voortgang.core.newsletter.NewsletterBuilder;
import nl.voortgang.core.organisation.OrganisationCode;
import nl.voortgang.core.progress.ProgressReportBuilder;
import nl.voortgang.core.progress.ReportScope;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The JDBC storage keeps everything {@code core} gives it: the sample world stored in the database and read
 * back gives the very same reference data, reports and newsletter as the same world held in memory.
 */
class JdbcStorageTests extends BatchTestSupport {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2020-06-01T10:00:00Z"), ZoneId.of("Europe/Amsterdam"));

    @Autowired
    JdbcOrganisations organisations;
    @Autowired
    JdbcSchemes schemes;
    @Autowired
    JdbcAlliances alliances;
    @Autowired
    JdbcSubmissions submissions;
    @Autowired
    JdbcNewsletterContent newsletter;

    @Test
    void the_sample_world_reads_back_from_the_database_as_it_was_stored() throws Exception {
        InMemoryStore memory = new InMemoryStore(CLOCK);
        List<Path> referenceFiles = files(INBOX.resolve("secretariaat"));
        memory.referenceUpdate().apply(referenceFiles.stream().map(f -> CsvSource.detect(f).source()).toList());
        loadSampleReferenceData();
        for (Path folder : partnerFolders()) {
            OrganisationCode partner = OrganisationCode.of(folder.getFileName().toString());
            for (Path file : files(folder)) {
                Instant received = ingest.arrivalOf(file);
                boolean acceptedInMemory = memory.intake().submit(partner, file, "test", received).status().name().equals("ACCEPTED");
                FileOutcome.Fate fate = ingest.ingestPartnerFile(partner, file, "test", received).fate();
                assertThat(fate).as(file.toString()).isEqualTo(acceptedInMemory ? FileOutcome.Fate.ACCEPTED : FileOutcome.Fate.REJECTED);
            }
        }

        assertThat(organisations.all()).containsExactlyInAnyOrderElementsOf(memory.organisations().all());
        assertThat(schemes.all()).containsExactlyInAnyOrderElementsOf(memory.schemes().all());
        assertThat(alliances.all()).containsExactlyInAnyOrderElementsOf(memory.alliances().all());
        assertThat(newsletter.editions()).containsExactlyElementsOf(memory.newsletter().editions());

        var fromDatabase = new ProgressReportBuilder(organisations, schemes, alliances, submissions, CLOCK);
        for (String alliance : List.of("SWH", "WEDT")) {
            for (ReportScope scope : List.of(ReportScope.year(AllianceCode.of(alliance), 2018), ReportScope.toDate(AllianceCode.of(alliance), 2019))) {
                assertThat(fromDatabase.build(scope)).as(scope.toString()).isEqualTo(memory.progressReports().build(scope));
            }
        }
        var newsletterFromDatabase = new NewsletterBuilder(newsletter, organisations, schemes, alliances, submissions, CLOCK);
        for (Object edition : List.of(YearMonth.of(2017, 10), YearMonth.of(2018, 12), YearMonth.of(2019, 6))) {
            assertThat(newsletterFromDatabase.build((YearMonth) edition)).isEqualTo(memory.newsletters().build((YearMonth) edition));
        }
    }

    private static List<Path> partnerFolders() throws IOException {
        try (Stream<Path> entries = Files.list(INBOX)) {
            return entries.filter(Files::isDirectory).filter(p -> !p.getFileName().toString().equals("secretariaat")).sorted().toList();
        }
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(p -> p.getFileName().toString().endsWith(".csv")).sorted().toList();
        }
    }
}
