package nl.voortgang.core.progress;

import static nl.voortgang.core.WorldFixture.MOVISIE;
import static nl.voortgang.core.WorldFixture.NVR;
import static nl.voortgang.core.WorldFixture.SWH;
import static nl.voortgang.core.WorldFixture.WOMEN_INC;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.voortgang.core.WorldFixture;
import nl.voortgang.core.alliance.Grant;
import nl.voortgang.core.money.Money;
import nl.voortgang.core.organisation.OrganisationCode;
import nl.voortgang.core.progress.ProgressReport.GrantLine;
import nl.voortgang.core.progress.ProgressReport.MissingGrant;
import nl.voortgang.core.submission.SubmissionIntake;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The subsidy account a ministry settles on, worked out by hand: granted and advanced per partner, realised costs, the
 * parts paid by the partner itself and by third parties, what is charged to the subsidy and what remains of it.
 */
class SubsidyAccountTests {

    private final WorldFixture world = WorldFixture.samenWerktHet(LocalDate.of(2020, 6, 1));

    @BeforeEach
    void the_ministry_granted_and_partners_reported_their_costs() {
        var alliances = world.store().alliances();
        alliances.save(alliances.find(SWH).orElseThrow().withGrants(List.of(
                new Grant(WOMEN_INC, 2018, Money.euros(150_000), Money.euros(120_000), "OCW/2017-0412"),
                new Grant(NVR, 2018, Money.euros(40_000), Money.euros(40_000), null),
                new Grant(WOMEN_INC, 2019, Money.euros(160_000), Money.euros(0), null))));
        String header = "alliantie;partner;jaar;kostensoort;gerealiseerd;toelichting;eigen_bijdrage;bijdrage_derden\n";
        accept(WOMEN_INC, "realisatie-2018.csv", LocalDate.of(2019, 3, 10), header
                + "SWH;WOMEN-INC;2018;personeelskosten;94.000,00;;4.000,00;\n"
                + "SWH;WOMEN-INC;2018;activiteitenkosten;30.000,00;Training later gestart.;;6.000,00\n");
        accept(NVR, "realisatie-2018.csv", LocalDate.of(2019, 3, 15), header
                + "SWH;NVR;2018;personeelskosten;30000;;;\nSWH;NVR;2018;communicatiekosten;10000;Extra drukwerk.;;\n"
                + "SWH;NVR;2018;monitoring en evaluatie;500;;;\n");
        accept(MOVISIE, "realisatie-2018.csv", LocalDate.of(2019, 3, 20), header + "SWH;MOVISIE;2018;personeelskosten;10000;;;\n");
    }

    private void accept(OrganisationCode partner, String file, LocalDate on, String csv) {
        var outcome = world.submit(partner, file, on, csv);
        assertThat(outcome.status()).as(outcome.problems().toString()).isEqualTo(SubmissionIntake.Status.ACCEPTED);
    }

    private ProgressReport.Subsidy subsidy(ReportScope scope) throws ReportUnavailable {
        return world.store().progressReports().build(scope).subsidy();
    }

    private static GrantLine of(ProgressReport.Subsidy subsidy, OrganisationCode partner) {
        return subsidy.partners().stream().filter(l -> l.partner().code().equals(partner)).findFirst().orElseThrow();
    }

    @Test
    void what_is_charged_to_the_subsidy_is_the_realised_cost_less_own_and_third_party_contributions() throws Exception {
        GrantLine womenInc = of(subsidy(ReportScope.year(SWH, 2018)), WOMEN_INC);

        // 94,000 + 30,000 realised; 4,000 paid by WOMEN Inc. itself, 6,000 by a third party
        assertThat(womenInc.realised()).isEqualTo(Money.euros(124_000));
        assertThat(womenInc.ownContribution()).isEqualTo(Money.euros(4_000));
        assertThat(womenInc.thirdPartyContribution()).isEqualTo(Money.euros(6_000));
        assertThat(womenInc.charged()).isEqualTo(Money.euros(114_000));
        assertThat(womenInc.granted()).isEqualTo(Money.euros(150_000));
        assertThat(womenInc.advanced()).isEqualTo(Money.euros(120_000));
        assertThat(womenInc.remaining()).isEqualTo(Money.euros(36_000));
        assertThat(womenInc.percentageSpent()).isEqualByComparingTo("76.0");
    }

    @Test
    void spending_beyond_the_grant_leaves_a_negative_remainder_and_a_member_without_a_decision_is_named() throws Exception {
        ProgressReport.Subsidy subsidy = subsidy(ReportScope.year(SWH, 2018));

        // NVR: 40,500 charged against 40,000 granted
        assertThat(of(subsidy, NVR).remaining()).isEqualTo(Money.euros(-500));
        assertThat(of(subsidy, NVR).percentageSpent()).isEqualByComparingTo("101.3");
        assertThat(of(subsidy, MOVISIE).granted()).isEqualTo(Money.ZERO);
        assertThat(of(subsidy, MOVISIE).percentageSpent()).isNull();
        assertThat(subsidy.withoutDecision()).extracting(m -> m.partner().code(), MissingGrant::year).containsExactly(
                org.assertj.core.groups.Tuple.tuple(MOVISIE, 2018));
    }

    @Test
    void the_alliance_total_adds_the_partners_up_and_the_partnership_counts_every_recorded_decision() throws Exception {
        ProgressReport.Subsidy subsidy = subsidy(ReportScope.year(SWH, 2018));
        GrantLine total = subsidy.total();

        assertThat(total.partner()).isNull();
        assertThat(total.granted()).isEqualTo(Money.euros(190_000));
        assertThat(total.advanced()).isEqualTo(Money.euros(160_000));
        assertThat(total.realised()).isEqualTo(Money.euros(174_500));
        assertThat(total.charged()).isEqualTo(Money.euros(164_500));
        assertThat(total.remaining()).isEqualTo(Money.euros(25_500));
        assertThat(total.percentageSpent()).isEqualByComparingTo(new BigDecimal("86.6"));
        assertThat(subsidy.partnership()).isEqualTo(Money.euros(350_000));
    }

    @Test
    void to_date_the_account_is_cumulative_over_the_years() throws Exception {
        GrantLine womenInc = of(subsidy(ReportScope.toDate(SWH, 2019)), WOMEN_INC);

        // granted 150,000 for 2018 and 160,000 for 2019; only 2018's costs are in
        assertThat(womenInc.granted()).isEqualTo(Money.euros(310_000));
        assertThat(womenInc.charged()).isEqualTo(Money.euros(114_000));
        assertThat(womenInc.remaining()).isEqualTo(Money.euros(196_000));
        assertThat(womenInc.decisions()).isEqualTo(2);
    }

    @Test
    void contributions_larger_than_the_cost_of_their_line_are_refused_with_the_column_named() {
        var outcome = world.submit(NVR, "realisatie-2019.csv", LocalDate.of(2020, 3, 1),
                "alliantie;partner;jaar;kostensoort;gerealiseerd;eigen_bijdrage;bijdrage_derden\nSWH;NVR;2019;personeelskosten;1000;800;300\n");

        assertThat(outcome.status()).isEqualTo(SubmissionIntake.Status.REJECTED);
        assertThat(outcome.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(nl.voortgang.core.csv.ProblemCode.CONTRIBUTIONS_EXCEED_COSTS);
            assertThat(p.line()).isEqualTo(2L);
            assertThat(p.column()).isEqualTo("eigen_bijdrage");
        });
    }
}
