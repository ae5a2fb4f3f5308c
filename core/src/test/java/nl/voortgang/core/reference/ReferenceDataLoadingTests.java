package nl.voortgang.core.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import nl.voortgang.core.alliance.AllianceCode;
import nl.voortgang.core.alliance.AllianceName;
import nl.voortgang.core.csv.CsvSource;
import nl.voortgang.core.csv.Problem;
import nl.voortgang.core.csv.ProblemCode;
import nl.voortgang.core.money.Money;
import nl.voortgang.core.memory.InMemoryStore;
import nl.voortgang.core.organisation.OrganisationCode;
import org.junit.jupiter.api.Test;

/** The secretariat's reference files: recognised by their header, checked together, stored all or nothing. */
class ReferenceDataLoadingTests {

    private final InMemoryStore store = new InMemoryStore(Clock.systemUTC());

    private static CsvSource file(String name, String text) {
        return CsvSource.detect(name, text.getBytes(StandardCharsets.UTF_8)).source();
    }

    private static final CsvSource SCHEMES = file("regelingen.csv", """
            code;naam;ministerie;begin;eind;plannen_uiterlijk;beoordeling_uiterlijk;voortgang_uiterlijk;tolerantie
            OCW-GELIJK-2017;Subsidieregeling gender- en LHBTI-gelijkheid 2017–2022;OCW;01-01-2017;31-12-2022;20-09;20-12;01-04;10
            """);
    private static final CsvSource ORGANISATIONS = file("organisaties.csv", """
            code;naam;soort;opgericht;moederorganisatie;themas;laatst_gewijzigd
            OCW;Ministerie van OCW;ministerie;;;;
            NVR;Nederlandse Vrouwen Raad;vereniging;;;;
            ATRIA;Atria;kennisinstituut;;;;
            D66;D66;politieke partij;;;;
            PVO;Politiek Vrouwen Overleg;netwerk;;;;
            VM-SI;D66 V/M Sociale Innovatie;partijwerkgroep;1996;D66;emancipatie|diversiteit;07-07-2022
            """);
    private static final CsvSource ALLIANCES = file("allianties.csv", """
            code,naam,strategisch_doel,langetermijndoel,regeling,begin,eind
            WEDT,Werk.en.de.Toekomst,Gelijke positie op de arbeidsmarkt,Stereotypen doorbroken,OCW-GELIJK-2017,2018-01-01,2022-12-31
            """);
    private static final CsvSource NAMES = file("alliantienamen.csv", "alliantie,naam,soort\nWEDT,Nieuwe wegen naar een werkende toekomst,werktitel\n");
    private static final CsvSource MEMBERS = file("lidmaatschappen.csv",
            "alliantie,organisatie,rol,begin,eind\nWEDT,ATRIA,penvoerder,2018-01-01,\nWEDT,NVR,partner,2018-01-01,2022-12-31\n");

    @Test
    void a_set_of_files_is_recognised_by_header_and_assembled_into_organisations_and_alliances() {
        var board = file("bestuur.csv", """
                organisatie;functie;naam;toelichting
                VM-SI;Voorzitter;Mirande Smidt;tevens voorzitter en lid van het PVO
                VM-SI;Secretaris en penningmeester;;In afwachting van permanente invulling
                """);
        var names = file("namen.csv", "organisatie;naam;van;tot\nVM-SI;Vrouwen/Mannen/Mensenrechten;1996;\n");
        var represents = file("netwerken.csv", "organisatie;netwerk;namens\nVM-SI;PVO;D66\n");

        var result = store.referenceUpdate().apply(List.of(MEMBERS, board, ALLIANCES, names, NAMES, represents, ORGANISATIONS, SCHEMES));

        assertThat(result.problems()).isEmpty();
        assertThat(result.stored()).isTrue();
        assertThat(result.files()).extracting(ReferenceUpdate.FileSummary::file, ReferenceUpdate.FileSummary::format).contains(
                tuple("bestuur.csv", "bestuur"), tuple("namen.csv", "organisatienamen"), tuple("netwerken.csv", "vertegenwoordigingen"));
        var vm = store.organisations().find(OrganisationCode.of("VM-SI")).orElseThrow();
        assertThat(vm.foundingYear()).isEqualTo(1996);
        assertThat(vm.lastChanged()).isEqualTo(LocalDate.of(2022, 7, 7));
        assertThat(vm.formerNames()).extracting(n -> n.name()).containsExactly("Vrouwen/Mannen/Mensenrechten");
        assertThat(vm.vacancies()).extracting(s -> s.role(), s -> s.note())
                .containsExactly(tuple("Secretaris en penningmeester", "In afwachting van permanente invulling"));
        assertThat(vm.representations()).extracting(r -> r.network().value(), r -> r.onBehalfOf().value()).containsExactly(tuple("PVO", "D66"));
        var wedt = store.alliances().find(AllianceCode.of("WEDT")).orElseThrow();
        assertThat(wedt.earlierNames()).containsExactly(new AllianceName("Nieuwe wegen naar een werkende toekomst", AllianceName.Kind.WORKING_TITLE));
        assertThat(wedt.lead()).contains(OrganisationCode.of("ATRIA"));
        assertThat(wedt.membersIn(2022)).extracting(OrganisationCode::value).containsExactly("ATRIA", "NVR");
    }

    @Test
    void a_reference_to_something_that_does_not_exist_rejects_the_whole_set() {
        var members = file("lidmaatschappen.csv", "alliantie,organisatie,rol,begin,eind\nWEDT,ATRIA,penvoerder,2018-01-01,\nWEDT,VHTO,partner,2018-01-01,\nXYZ,NVR,partner,2018-01-01,\n");

        var result = store.referenceUpdate().apply(List.of(SCHEMES, ORGANISATIONS, ALLIANCES, members));

        assertThat(result.problems()).extracting(Problem::file, Problem::line, Problem::column, Problem::message).containsExactly(
                tuple("lidmaatschappen.csv", 3L, "organisatie", "Organisatie VHTO is onbekend."),
                tuple("lidmaatschappen.csv", 4L, "alliantie", "Alliantie XYZ is onbekend."));
        assertThat(result.stored()).isFalse();
        assertThat(store.organisations().all()).isEmpty();
        assertThat(store.alliances().all()).isEmpty();
    }

    @Test
    void a_later_file_replaces_what_it_names_and_keeps_the_rest() {
        store.referenceUpdate().apply(List.of(SCHEMES, ORGANISATIONS, ALLIANCES, NAMES, MEMBERS));

        var result = store.referenceUpdate().apply(List.of(file("lidmaatschappen-2019.csv",
                "alliantie,organisatie,rol,begin,eind\nWEDT,ATRIA,penvoerder,2018-01-01,\n")));

        assertThat(result.problems()).isEmpty();
        var wedt = store.alliances().find(AllianceCode.of("WEDT")).orElseThrow();
        assertThat(wedt.members()).extracting(OrganisationCode::value).containsExactly("ATRIA");
        assertThat(wedt.earlierNames()).hasSize(1);
    }

    @Test
    void grants_are_kept_per_partner_and_year_and_a_later_file_replaces_the_years_it_names() {
        store.referenceUpdate().apply(List.of(SCHEMES, ORGANISATIONS, ALLIANCES, NAMES, MEMBERS, file("subsidies.csv", """
                alliantie;partner;jaar;verleend;bevoorschot;beschikking
                WEDT;ATRIA;2018;169.000,00;169.000,00;OCW/GL-2017/1201
                WEDT;NVR;2018;35.000,00;;
                WEDT;ATRIA;2019;175.000,00;157.500,00;OCW/GL-2018/2201
                """)));

        var result = store.referenceUpdate().apply(List.of(file("subsidies-2019.csv",
                "alliantie;partner;jaar;verleend;bevoorschot\nWEDT;ATRIA;2019;176.000,00;158.400,00\n")));

        assertThat(result.problems()).isEmpty();
        var wedt = store.alliances().find(AllianceCode.of("WEDT")).orElseThrow();
        assertThat(wedt.grants()).extracting(g -> g.partner().value(), g -> g.year(), g -> g.granted(), g -> g.advanced(), g -> g.decision())
                .containsExactlyInAnyOrder(tuple("ATRIA", 2018, Money.euros(169_000), Money.euros(169_000), "OCW/GL-2017/1201"),
                        tuple("NVR", 2018, Money.euros(35_000), Money.ZERO, null),
                        tuple("ATRIA", 2019, Money.euros(176_000), Money.euros(158_400), null));
    }

    @Test
    void an_advance_above_the_grant_and_a_grant_to_a_non_member_are_refused_where_they_stand() {
        var grants = file("subsidies.csv", "alliantie;partner;jaar;verleend;bevoorschot\nWEDT;ATRIA;2018;100.000,00;120.000,00\nWEDT;OCW;2018;5.000,00;\n");

        var result = store.referenceUpdate().apply(List.of(SCHEMES, ORGANISATIONS, ALLIANCES, MEMBERS, grants));

        assertThat(result.problems()).extracting(Problem::file, Problem::line, Problem::column, Problem::code).containsExactly(
                tuple("subsidies.csv", 2L, "bevoorschot", ProblemCode.ADVANCE_EXCEEDS_GRANT),
                tuple("subsidies.csv", 3L, "partner", ProblemCode.GRANT_NOT_MEMBER));
        assertThat(result.stored()).isFalse();
    }

    @Test
    void a_check_is_a_dry_run_that_stores_nothing() {
        var result = store.referenceUpdate().check(List.of(SCHEMES, ORGANISATIONS));

        assertThat(result.hasErrors()).isFalse();
        assertThat(result.stored()).isFalse();
        assertThat(store.schemes().all()).isEmpty();
    }

    @Test
    void two_leads_in_one_alliance_and_duplicate_codes_are_refused() {
        var members = file("lidmaatschappen.csv", "alliantie,organisatie,rol,begin,eind\nWEDT,ATRIA,penvoerder,2018-01-01,\nWEDT,NVR,penvoerder,2018-01-01,\n");
        var organisations = file("organisaties-extra.csv", "code;naam;soort\nOCW;Ministerie;ministerie\nOCW;Nogmaals;ministerie\n");

        var result = store.referenceUpdate().apply(List.of(SCHEMES, ORGANISATIONS, ALLIANCES, members, organisations));

        assertThat(result.problems()).extracting(Problem::file, Problem::line, Problem::message).containsExactly(
                tuple("lidmaatschappen.csv", 3L, "Alliantie WEDT heeft meer dan één penvoerder: [ATRIA, NVR]."),
                tuple("organisaties-extra.csv", 2L, "Organisatie OCW staat al in organisaties.csv op regel 2."),
                tuple("organisaties-extra.csv", 3L, "Organisatie OCW staat al in organisaties.csv op regel 2."));
    }

    @Test
    void newsletter_content_is_read_with_paragraphs_and_agenda() {
        var editions = file("edities.csv", "editie;verschijnt_op;titel;profiel\n2017-10;16-10-2017;Nieuwsbrief oktober 2017;VM-SI\n");
        var news = file("nieuws.csv", "editie;titel;tekst;auteur;functie;organisatie\n"
                + "2017-10;Voortgang allianties;\"Eerste alinea\nloopt door.\n\nTweede alinea.\";Leyla Hamidi;beleidsmedewerker;NVR\n");
        var meetings = file("bijeenkomsten.csv", "datum;tijd;plaats;onderwerp;sprekers;organisator\n"
                + "15-01-2018;19.30–21.30 uur;Den Haag;Economische zelfstandigheid;dr. A (onderzoeker)|B (praktijk);VM-SI\n");

        var result = store.referenceUpdate().apply(List.of(ORGANISATIONS, editions, news, meetings));

        assertThat(result.problems()).isEmpty();
        var items = store.newsletter().newsItems(YearMonth.of(2017, 10));
        assertThat(items).singleElement().satisfies(item -> {
            assertThat(item.paragraphs()).containsExactly("Eerste alinea loopt door.", "Tweede alinea.");
            assertThat(item.author()).isEqualTo("Leyla Hamidi");
            assertThat(item.authorRole()).isEqualTo("beleidsmedewerker");
        });
        assertThat(store.newsletter().meetingsFrom(LocalDate.of(2018, 1, 1)))
                .singleElement().satisfies(m -> assertThat(m.speakers()).containsExactly("dr. A (onderzoeker)", "B (praktijk)"));
    }
}
