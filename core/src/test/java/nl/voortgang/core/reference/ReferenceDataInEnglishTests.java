package nl.voortgang.core.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import nl.voortgang.core.alliance.ActivityCode;
import nl.voortgang.core.alliance.Alliance;
import nl.voortgang.core.alliance.AllianceCode;
import nl.voortgang.core.alliance.IndicatorCode;
import nl.voortgang.core.alliance.OutcomeCode;
import nl.voortgang.core.csv.CsvSource;
import nl.voortgang.core.memory.InMemoryStore;
import nl.voortgang.core.organisation.OrganisationCode;
import org.junit.jupiter.api.Test;

/** The optional English columns of the reference files: kept beside the Dutch, replaced as the Dutch is, never required. */
class ReferenceDataInEnglishTests {

    private final InMemoryStore store = new InMemoryStore(Clock.systemUTC());

    private static CsvSource file(String name, String text) {
        return CsvSource.detect(name, text.getBytes(StandardCharsets.UTF_8)).source();
    }

    private static final CsvSource SCHEMES = file("regelingen.csv", """
            code;naam;ministerie;begin;eind;plannen_uiterlijk;beoordeling_uiterlijk;voortgang_uiterlijk;tolerantie;naam_en
            OCW-GELIJK-2017;Subsidieregeling gelijkheid;OCW;01-01-2017;31-12-2022;vóór 20-09;20-12;01-04;10;Equality Subsidy Scheme
            """);
    private static final CsvSource ORGANISATIONS = file("organisaties.csv", """
            code;naam;soort;opgericht;moederorganisatie;themas;laatst_gewijzigd;naam_en
            OCW;Ministerie van OCW;ministerie;;;;;Ministry of Education, Culture and Science
            ATRIA;Atria;kennisinstituut;;;;;
            """);
    private static final CsvSource ALLIANCES = file("allianties.csv", """
            code,naam,strategisch_doel,langetermijndoel,regeling,begin,eind,strategisch_doel_en,langetermijndoel_en
            WEDT,Werk.en.de.Toekomst,Gelijke positie,Stereotypen doorbroken,OCW-GELIJK-2017,2018-01-01,2022-12-31,An equal position,
            """);
    private static final CsvSource MEMBERS = file("lidmaatschappen.csv", "alliantie,organisatie,rol,begin,eind\nWEDT,ATRIA,penvoerder,2018-01-01,\n");
    private static final CsvSource OUTCOMES = file("uitkomsten.csv", "alliantie,code,omschrijving,omschrijving_en\nWEDT,U1,Onderwijs,Education\n");
    private static final CsvSource INDICATORS = file("indicatorlijst.csv", """
            alliantie,code,uitkomst,omschrijving,eenheid,aggregatie,basiswaarde,basisjaar,omschrijving_en,eenheid_en
            WEDT,I1.1,U1,Scholen met lessen,scholen,optellen,0,2017,Schools with lessons,schools
            WEDT,I1.2,U1,Meisjes in bèta,%,verhouding,28,2017,,
            """);
    private static final CsvSource PLANS = file("activiteitenplannen.csv", """
            alliantie,jaar,code,activiteit,partner,uitkomst,begin,eind,begroot,status,activiteit_en
            WEDT,2018,WEDT-18-01,Lespakket,ATRIA,U1,2018-01-15,2018-06-30,40000.00,gepland,Lesson pack
            WEDT,2019,WEDT-19-01,Lespakket,ATRIA,U1,2019-01-15,2019-06-30,40000.00,gepland,Lesson pack 2019
            """);

    @Test
    void english_columns_are_kept_beside_the_dutch_and_a_blank_one_is_no_english() {
        var result = store.referenceUpdate().apply(List.of(SCHEMES, ORGANISATIONS, ALLIANCES, MEMBERS, OUTCOMES, INDICATORS, PLANS));

        assertThat(result.problems()).isEmpty();
        assertThat(store.schemes().all()).singleElement().satisfies(s -> assertThat(s.englishName()).isEqualTo("Equality Subsidy Scheme"));
        assertThat(store.organisations().find(OrganisationCode.of("OCW")).orElseThrow().nameInEnglish())
                .contains("Ministry of Education, Culture and Science");
        assertThat(store.organisations().find(OrganisationCode.of("ATRIA")).orElseThrow().nameInEnglish()).isEmpty();
        var english = wedt().english();
        assertThat(english.strategicGoal()).isEqualTo("An equal position");
        assertThat(english.longTermGoal()).isNull();
        assertThat(english.name()).isNull();
        assertThat(english.outcome(OutcomeCode.of("U1"))).contains("Education");
        assertThat(english.indicator(IndicatorCode.of("I1.1"))).contains("Schools with lessons");
        assertThat(english.unit(IndicatorCode.of("I1.1"))).contains("schools");
        assertThat(english.indicator(IndicatorCode.of("I1.2"))).isEmpty();
        assertThat(english.activity(ActivityCode.of("WEDT-19-01"))).contains("Lesson pack 2019");
    }

    @Test
    void a_plan_for_one_year_replaces_that_years_english_and_keeps_the_others_and_an_alliances_file_keeps_the_rest() {
        store.referenceUpdate().apply(List.of(SCHEMES, ORGANISATIONS, ALLIANCES, MEMBERS, OUTCOMES, INDICATORS, PLANS));

        var plan2019 = file("activiteitenplannen.csv", """
                alliantie,jaar,code,activiteit,partner,uitkomst,begin,eind,begroot,status
                WEDT,2019,WEDT-19-01,Lespakket,ATRIA,U1,2019-01-15,2019-06-30,40000.00,gepland
                """);
        var alliances = file("allianties.csv", """
                code,naam,strategisch_doel,langetermijndoel,regeling,begin,eind
                WEDT,Werk.en.de.Toekomst,Gelijke positie,Stereotypen doorbroken,OCW-GELIJK-2017,2018-01-01,2022-12-31
                """);
        var result = store.referenceUpdate().apply(List.of(plan2019, alliances));

        assertThat(result.problems()).isEmpty();
        var english = wedt().english();
        assertThat(english.activity(ActivityCode.of("WEDT-18-01"))).contains("Lesson pack");
        assertThat(english.activity(ActivityCode.of("WEDT-19-01"))).isEmpty();
        assertThat(english.strategicGoal()).as("the new allianties.csv has no English goal").isNull();
        assertThat(english.outcome(OutcomeCode.of("U1"))).contains("Education");
        assertThat(english.indicator(IndicatorCode.of("I1.1"))).contains("Schools with lessons");
    }

    private Alliance wedt() {
        return store.alliances().find(AllianceCode.of("WEDT")).orElseThrow();
    }
}
