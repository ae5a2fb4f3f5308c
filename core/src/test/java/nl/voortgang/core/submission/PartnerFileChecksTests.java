package nl.voortgang.core.submission;

import static nl.voortgang.core.WorldFixture.NVR;
import static nl.voortgang.core.WorldFixture.WOMEN_INC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import nl.voortgang.core.WorldFixture;
import nl.voortgang.core.csv.Problem;
import nl.voortgang.core.csv.ProblemCode;
import nl.voortgang.core.alliance.Disaggregation;
import org.junit.jupiter.api.Test;

/** What a partner file is checked for beyond its own cells: the plan, the theory of change, and itself. */
class PartnerFileChecksTests {

    private final WorldFixture world = WorldFixture.samenWerktHet(LocalDate.of(2019, 6, 1));

    private static final String ACTIVITIES = "alliantie,partner,jaar,activiteit,status,gereed_op,toelichting\n";
    private static final String INDICATORS = "alliantie,partner,jaar,indicator,waarde,uitsplitsing,categorie,toelichting\n";

    @Test
    void a_partner_reports_only_on_its_own_planned_activities_once_and_in_their_year() {
        var outcome = world.submit(NVR, "activiteiten.csv", LocalDate.of(2019, 3, 20), ACTIVITIES
                + "SWH,NVR,2018,SWH-18-02,uitgevoerd,2018-11-30,\n"
                + "SWH,NVR,2018,SWH-18-01,uitgevoerd,,\n"
                + "SWH,NVR,2018,SWH-18-99,uitgevoerd,,\n"
                + "SWH,NVR,2018,SWH-19-01,gepland,,\n"
                + "SWH,NVR,2018,SWH-18-02,lopend,,\n"
                + "SWH,NVR,2018,SWH-18-03,uitgesteld,,\n");

        assertThat(outcome.errors()).extracting(Problem::line, Problem::column, Problem::message).containsExactly(
                tuple(3L, "activiteit", "Activiteit SWH-18-01 is de verantwoordelijkheid van WOMEN-INC; NVR rapporteert alleen over eigen activiteiten."),
                tuple(4L, "activiteit", "Activiteit SWH-18-99 staat niet in het activiteitenplan van SWH."),
                tuple(5L, "activiteit", "Activiteit SWH-19-01 staat in het plan voor 2019, niet voor 2018."),
                tuple(6L, "activiteit", "Activiteit SWH-18-02 staat al op regel 2."),
                tuple(7L, "toelichting", "Bij de status 'uitgesteld' hoort een toelichting op het verschil met het plan."));
    }

    @Test
    void a_completion_date_on_an_activity_that_is_not_completed_is_a_warning_that_does_not_reject() {
        var outcome = world.submit(NVR, "activiteiten.csv", LocalDate.of(2019, 3, 20), ACTIVITIES
                + "SWH,NVR,2018,SWH-18-02,lopend,2018-11-30,\n"
                + "SWH,NVR,2018,SWH-18-03,vervallen,,Vervangen door een ander traject.\n");

        assertThat(outcome.status()).isEqualTo(SubmissionIntake.Status.ACCEPTED);
        assertThat(outcome.submission().warnings()).extracting(Problem::line, Problem::message).containsExactly(
                tuple(2L, "Er staat een datum 'gereed_op' bij een activiteit met de status 'lopend'."));
    }

    @Test
    void indicator_values_are_numbers_for_known_indicators_once_per_breakdown() {
        var outcome = world.submit(WOMEN_INC, "indicatoren.csv", LocalDate.of(2019, 3, 20), INDICATORS
                + "SWH,WOMEN-INC,2018,I1.1,212,,,\n"
                + "SWH,WOMEN-INC,2018,I1.1,N/A,geslacht,vrouw,\n"
                + "SWH,WOMEN-INC,2018,I9.9,3,,,\n"
                + "SWH,WOMEN-INC,2018,I1.1,58,leeftijd,,\n"
                + "SWH,WOMEN-INC,2018,I1.1,200,,,\n");

        assertThat(outcome.errors()).extracting(Problem::line, Problem::column, Problem::value, Problem::message).containsExactly(
                tuple(3L, "waarde", "N/A", "Dit is geen getal."),
                tuple(4L, "indicator", "I9.9", "Indicator I9.9 hoort niet bij de theory of change van SWH."),
                tuple(5L, "categorie", "", "Een uitsplitsing heeft zowel 'uitsplitsing' als 'categorie' nodig."),
                tuple(6L, "indicator", "I1.1", "Indicator I1.1 (totaal) staat al op regel 2."));
    }

    @Test
    void a_count_whose_breakdown_does_not_add_up_to_its_total_is_accepted_with_a_warning_on_the_breakdown_that_says_by_how_much() {
        var outcome = world.submit(WOMEN_INC, "indicatoren.csv", LocalDate.of(2019, 3, 20), INDICATORS
                + "SWH,WOMEN-INC,2018,I1.1,685,,,\n"
                + "SWH,WOMEN-INC,2018,I1.1,203,geslacht,vrouw,\n"
                + "SWH,WOMEN-INC,2018,I1.1,19,geslacht,man,\n"
                + "SWH,WOMEN-INC,2018,I1.1,400,regio,noord,\n"
                + "SWH,WOMEN-INC,2018,I1.1,300,regio,zuid,\n"
                + "SWH,WOMEN-INC,2018,I1.2,60,,,\n"
                + "SWH,WOMEN-INC,2018,I1.2,80,geslacht,vrouw,\n");

        assertThat(outcome.status()).isEqualTo(SubmissionIntake.Status.ACCEPTED);
        assertThat(outcome.submission().warnings()).extracting(Problem::code, Problem::line, Problem::column, Problem::message).containsExactly(
                tuple(ProblemCode.DISAGGREGATION_SHORT_OF_TOTAL, 3L, "waarde",
                        "De uitsplitsing van I1.1 naar geslacht telt op tot 222, het totaal op regel 2 is 685: 463 zijn niet uitgesplitst."),
                tuple(ProblemCode.DISAGGREGATION_EXCEEDS_TOTAL, 5L, "waarde",
                        "De uitsplitsing van I1.1 naar regio telt op tot 700, het totaal op regel 2 is 685: de delen zijn samen meer dan het geheel."));
    }

    @Test
    void breakdowns_are_carried_with_their_dimension() {
        var outcome = world.submit(WOMEN_INC, "indicatoren.csv", LocalDate.of(2019, 3, 20), INDICATORS
                + "SWH,WOMEN-INC,2018,I1.1,212,,,\n"
                + "SWH,WOMEN-INC,2018,I1.1,200,Geslacht,Vrouw,\n"
                + "SWH,WOMEN-INC,2018,I1.1,12,geslacht,man,\n");

        assertThat(outcome.status()).isEqualTo(SubmissionIntake.Status.ACCEPTED);
        assertThat(world.store().submissions().indicatorResults(outcome.submission().id()))
                .extracting(r -> r.disaggregation())
                .containsExactly(null, new Disaggregation("geslacht", "vrouw"), new Disaggregation("geslacht", "man"));
    }

    @Test
    void one_file_is_about_one_alliance_and_one_year() {
        var outcome = world.submit(NVR, "realisatie.csv", LocalDate.of(2019, 3, 20), "alliantie,partner,jaar,kostensoort,gerealiseerd\n"
                + "SWH,NVR,2018,personeelskosten,100\n"
                + "SWH,NVR,2019,personeelskosten,100\n"
                + "WEDT,NVR,2018,overheadkosten,100\n");

        assertThat(outcome.errors()).extracting(Problem::line, Problem::column, Problem::message).containsExactly(
                tuple(3L, "jaar", "Dit bestand gaat over 2018 (regel 2); één bestand gaat over één jaar."),
                tuple(4L, "alliantie", "Dit bestand gaat over alliantie SWH (regel 2); één bestand gaat over één alliantie."));
    }

    @Test
    void a_budget_names_each_category_once_with_one_status() {
        var outcome = world.submit(NVR, "begroting.csv", LocalDate.of(2017, 9, 10), "alliantie;partner;jaar;kostensoort;begroot;status\n"
                + "SWH;NVR;2018;personeel;30000;definitief\n"
                + "SWH;NVR;2018;overhead;7000;concept\n"
                + "SWH;NVR;2018;personeelskosten;1000;definitief\n");

        assertThat(outcome.errors()).extracting(Problem::line, Problem::message).containsExactly(
                tuple(3L, "Een begroting heeft één status; regel 2 zegt 'definitief'."),
                tuple(4L, "De kostensoort 'personeelskosten' staat al op regel 2."));
    }

    @Test
    void an_unknown_alliance_and_a_year_outside_the_partnership_are_named() {
        var unknown = world.submit(NVR, "r.csv", LocalDate.of(2019, 3, 20), "alliantie,partner,jaar,kostensoort,gerealiseerd\nXYZ,NVR,2018,overhead,1\n");
        var outside = world.submit(NVR, "s.csv", LocalDate.of(2019, 3, 20), "alliantie,partner,jaar,kostensoort,gerealiseerd\nSWH,NVR,2024,overhead,1\n");

        assertThat(unknown.errors()).extracting(Problem::message, Problem::hint)
                .containsExactly(tuple("Alliantie XYZ is onbekend.", "Gebruik de code van uw alliantie: SWH."));
        assertThat(outside.errors()).extracting(Problem::message).containsExactly("2024 valt buiten de looptijd van alliantie SWH (2018–2022).");
    }

    @Test
    void a_header_that_fits_no_kind_of_file_says_which_kinds_there_are() {
        var outcome = world.submit(NVR, "iets.csv", LocalDate.of(2019, 3, 20), "naam,adres\nNVR,Den Haag\n");

        assertThat(outcome.errors()).singleElement().satisfies(p -> {
            assertThat(p.message()).isEqualTo("Aan de kopregel is niet te zien wat voor bestand dit is: er ontbreken kolommen.");
            assertThat(p.hint()).startsWith("Gebruik de kolomnamen van een van deze formaten: 'begroting' (alliantie, partner, jaar, kostensoort, begroot, status);");
        });
    }

    @Test
    void a_file_with_only_a_header_has_no_figures() {
        var outcome = world.submit(NVR, "leeg.csv", LocalDate.of(2019, 3, 20), "alliantie,partner,jaar,kostensoort,gerealiseerd\n\n");

        assertThat(outcome.errors()).extracting(Problem::message).containsExactly("Het bestand bevat geen gegevens, alleen een kopregel.");
    }
}
