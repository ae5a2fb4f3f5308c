package nl.voortgang.batch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.voortgang.batch.BatchTestSupport;
import org.junit.jupiter.api.Test;

/** The secretariat's files through {@code ingestJob}: stored whole in dependency order, or refused whole. */
class ReferenceFileIngestTests extends BatchTestSupport {

    @Test
    void reference_files_load_in_the_order_they_refer_to_each_other_whatever_order_they_are_given_in() {
        List<FileOutcome> outcomes = loadSampleReferenceData();

        assertThat(outcomes).extracting(o -> o.file().getFileName().toString()).startsWith("organisaties.csv", "organisatienamen.csv",
                "bestuur.csv", "vertegenwoordigingen.csv", "regelingen.csv", "allianties.csv");
        assertThat(count("SELECT COUNT(*) FROM organisation")).isEqualTo(12);
        assertThat(count("SELECT COUNT(*) FROM membership WHERE alliance = 'SWH'")).isEqualTo(5);
        assertThat(count("SELECT COUNT(*) FROM planned_activity")).isEqualTo(30);
        assertThat(count("SELECT COUNT(*) FROM reference_file")).isEqualTo(15);
    }

    @Test
    void a_bad_reference_file_is_refused_whole_with_exactly_its_problems_and_changes_nothing() throws Exception {
        loadSampleReferenceData();
        var membersBefore = jdbc.sql("SELECT * FROM membership ORDER BY alliance, position").query().listOfRows();

        FileOutcome outcome = ingest.ingestReferenceFiles(List.of(BAD.resolve("secretariaat/lidmaatschappen-fouten.csv")), "test").get(0);

        assertThat(outcome.fate()).isEqualTo(FileOutcome.Fate.REJECTED);
        assertThat(PartnerFileIngestTests.problems(outcome.problemsFile()))
                .containsExactlyElementsOf(PartnerFileIngestTests.expected(BAD.resolve("secretariaat/lidmaatschappen-fouten.expected.csv")));
        assertThat(jdbc.sql("SELECT * FROM membership ORDER BY alliance, position").query().listOfRows()).isEqualTo(membersBefore);
        assertThat(count("SELECT COUNT(*) FROM rejected_file WHERE submitter = 'secretariaat'")).isEqualTo(1);
    }

    @Test
    void the_same_reference_file_again_is_already_ingested() {
        loadSampleReferenceData();

        FileOutcome again = ingest.ingestReferenceFiles(List.of(INBOX.resolve("secretariaat/organisaties.csv")), "test").get(0);

        assertThat(again.fate()).isEqualTo(FileOutcome.Fate.ALREADY_INGESTED);
        assertThat(count("SELECT COUNT(*) FROM reference_file")).isEqualTo(15);
    }
}
