package nl.voortgang.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import nl.voortgang.core.alliance.AllianceCode;
import nl.voortgang.core.alliance.AllianceName;
import nl.voortgang.core.budget.CostCategory;
import nl.voortgang.core.memory.InMemoryStore;
import nl.voortgang.core.money.Money;
import nl.voortgang.core.organisation.OrganisationCode;
import nl.voortgang.core.submission.Submission;
import nl.voortgang.core.submission.SubmissionIntake;
import nl.voortgang.core.submission.SubmissionKey;
import nl.voortgang.core.submission.SubmissionKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The sample world from the seeds loads whole, and its files show what partners really send. */
class SampleWorldTests {

    private static final AllianceCode SWH = AllianceCode.of("SWH");
    private static final AllianceCode WEDT = AllianceCode.of("WEDT");
    private static InMemoryStore store;
    private static SampleInbox.Loaded loaded;

    @BeforeAll
    static void load() {
        store = new InMemoryStore(Clock.fixed(Instant.parse("2020-06-01T10:00:00Z"), ZoneId.of("Europe/Amsterdam")));
        loaded = SampleInbox.load(Path.of("inbox"), store);
    }

    @Test
    void every_sample_file_is_accepted_but_the_one_bad_csv_file_the_inbox_holds_on_purpose() {
        assertThat(loaded.reference().problems()).isEmpty();
        assertThat(loaded.reference().files()).hasSize(16).allSatisfy(f -> assertThat(f.format()).isNotNull());
        assertThat(loaded.partnerFiles()).hasSize(92);
        assertThat(loaded.partnerFiles()).filteredOn(f -> f.outcome().status() != SubmissionIntake.Status.ACCEPTED)
                .extracting(f -> f.file().getFileName().toString(), f -> f.outcome().errors().size())
                .containsExactly(tuple("2019-03-25_indicatoren-SWH-2018-aanvulling.csv", 4));
    }

    @Test
    void the_world_of_the_seeds_is_there() {
        var vmsi = store.organisations().find(OrganisationCode.of("VM-SI")).orElseThrow();
        assertThat(vmsi.foundingYear()).isEqualTo(1996);
        assertThat(vmsi.formerNames()).extracting(n -> n.name()).containsExactly("Vrouwen/Mannen/Mensenrechten");
        assertThat(vmsi.board()).hasSize(8);
        assertThat(vmsi.vacancies()).extracting(s -> s.role(), s -> s.note())
                .containsExactly(tuple("Secretaris en penningmeester", "In afwachting van permanente invulling"));
        assertThat(store.alliances().find(WEDT).orElseThrow().earlierNames())
                .containsExactly(new AllianceName("Nieuwe wegen naar een werkende toekomst", AllianceName.Kind.WORKING_TITLE));
        assertThat(store.alliances().find(SWH).orElseThrow().members()).extracting(OrganisationCode::value)
                .containsExactly("WOMEN-INC", "CLARA-WICHMANN", "MOVISIE", "NVR", "WO-MEN");
        var scheme = store.schemes().all().get(0);
        // the seed: plans and budgets "voor 20 september" (so 19 September is the last day in time), assessed "uiterlijk 20 december"
        assertThat(scheme.calendar().plansAndBudgetsDue().before()).isTrue();
        assertThat(scheme.calendar().plansAndBudgetsDue(2018)).hasToString("2017-09-19");
        assertThat(scheme.calendar().assessmentDue().before()).isFalse();
        assertThat(scheme.calendar().assessmentDue(2018)).hasToString("2017-12-20");
    }

    @Test
    void a_windows_1252_semicolon_file_with_decimal_commas_and_euro_signs_reads_correctly() {
        var key = new SubmissionKey(SWH, OrganisationCode.of("MOVISIE"), 2018, SubmissionKind.EXPENDITURE);
        Submission movisie = store.submissions().current(key).orElseThrow();

        assertThat(movisie.fileName()).isEqualTo("2019-03-11_realisatie-SWH-2018.csv");
        assertThat(store.submissions().expenditureTotals(movisie.id()))
                .extracting(t -> t.category(), t -> t.amount(), t -> t.explanations())
                .containsExactly(
                        tuple(CostCategory.PERSONNEL, Money.euros("59880.89"), java.util.List.of("Coördinatie door twee medewerkers in plaats van één.")),
                        tuple(CostCategory.ACTIVITIES, Money.euros("47400.77"), java.util.List.of()),
                        tuple(CostCategory.COMMUNICATION, Money.euros("5838.68"), java.util.List.of()),
                        tuple(CostCategory.OVERHEAD, Money.euros("10912.20"), java.util.List.of()));
    }

    @Test
    void a_corrected_file_supersedes_the_first_and_both_stay_in_the_history() {
        var history = store.submissions().history(new SubmissionKey(SWH, OrganisationCode.of("NVR"), 2018, SubmissionKind.EXPENDITURE));

        assertThat(history).extracting(Submission::version, Submission::state, Submission::fileName).containsExactly(
                tuple(1, Submission.State.SUPERSEDED, "2019-03-15_realisatie-SWH-2018.csv"),
                tuple(2, Submission.State.ACCEPTED, "2019-03-29_realisatie-SWH-2018-gecorrigeerd.csv"));
        assertThat(store.submissions().expenditureTotals(history.get(1).id()).get(2).explanations())
                .containsExactly("Extra drukwerk en advertenties voor de campagne ‘Ken je rechten’,\nna veel meer aanvragen dan verwacht.");
    }

    @Test
    void a_draft_budget_is_superseded_by_the_definitive_one() {
        var history = store.submissions().history(new SubmissionKey(WEDT, OrganisationCode.of("ATRIA"), 2018, SubmissionKind.BUDGET));

        assertThat(history).extracting(Submission::fileName, Submission::state).containsExactly(
                tuple("2017-08-30_begroting-WEDT-2018-concept.csv", Submission.State.SUPERSEDED),
                tuple("2017-09-14_begroting-WEDT-2018.csv", Submission.State.ACCEPTED));
    }

    @Test
    void the_date_at_the_start_of_a_file_name_is_when_it_arrived() {
        var budget = store.submissions().current(new SubmissionKey(WEDT, OrganisationCode.of("EMANCIPATOR"), 2018, SubmissionKind.BUDGET))
                .orElseThrow();

        assertThat(budget.receivedAt()).isEqualTo(Instant.parse("2017-09-25T10:00:00Z"));
    }
}
