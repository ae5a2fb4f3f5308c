package nl.voortgang.reports;

import static nl.voortgang.reports.CsvByHand.euros;
import static nl.voortgang.reports.PdfDocument.plain;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import nl.voortgang.core.newsletter.Edition;
import nl.voortgang.core.newsletter.NewsletterIssue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The June 2019 newsletter as a member reads it, rendered from the sample inbox. */
class NewsletterRendererTests {

    private static CsvByHand byHand;
    private static PdfDocument june2019;

    @BeforeAll
    static void render() {
        byHand = CsvByHand.read(SampleWorld.INBOX);
        june2019 = PdfDocument.read(new NewsletterRenderer().render(SampleWorld.newsletter(2019, 6)));
    }

    @Test
    void the_masthead_names_the_edition_and_its_date() {
        assertThat(june2019.page(1)).startsWith(plain("Nieuwsbrief "))
                .contains("juni 2019").contains("17 juni 2019")
                .contains("Voor partners en betrokkenen van Samen werkt het! en Werk.en.de.Toekomst")
                .contains("De eerste voortgangsrapportage is bij het ministerie. Wat is er in 2018 bereikt?");
    }

    @Test
    void a_news_item_is_signed_by_its_author_with_role_and_organisation() {
        assertThat(june2019.text()).contains("Eerste voortgangsrapportage ingediend")
                .contains("Niet alles liep volgens plan")
                .contains("— Leyla Hamidi, beleidsmedewerker Nederlandse Vrouwen Raad");
    }

    @Test
    void the_progress_blocks_are_generated_from_the_partners_figures_as_they_stood_when_the_edition_appeared() {
        // 17 June 2019: the 2019 budgets are in (September 2018); the 2019 results are not (March 2020)
        BigDecimal swhBudget2019 = byHand.budget("SWH", null, 2019);
        BigDecimal swhSpentToDate = byHand.spent("SWH", null, 2018);
        BigDecimal wedtBudget2019 = byHand.budget("WEDT", null, 2019);
        BigDecimal wedtSpentToDate = byHand.spent("WEDT", null, 2018);
        String text = june2019.text();
        assertThat(text).contains("Voortgang van de allianties").contains("Samen werkt het! (SWH)").contains("Penvoerder WOMEN Inc. · 5 partners")
                .contains(plain(euros(swhBudget2019))).contains(plain(euros(swhSpentToDate)))
                .contains(plain(euros(wedtBudget2019))).contains(plain(euros(wedtSpentToDate)))
                .contains("nog niet gerapporteerd").doesNotContain("0 van 8")
                .contains("Uitgegeven tot en met 2018").doesNotContain("Uitgegeven tot en met 2019")
                .contains("Definitieve begroting 2019 (5 van 5 partners)").contains("Cijfers: stand 17 juni 2019.");
        assertThat(text).contains("Eerstvolgende termijnen")
                .contains("vóór 20 september 2019 activiteitenplannen en definitieve begrotingen bij het ministerie (2020)")
                .contains("1 april 2020 jaarlijkse voortgangsrapportage bij het ministerie (2019)");
    }

    @Test
    void the_agenda_lists_the_coming_meetings_with_time_place_topic_and_speakers() {
        assertThat(june2019.text()).contains("Agenda").contains("Maandag 24 juni 2019").contains("19.30–21.30 uur · Den Haag")
                .contains("Inclusief werven").contains("dr. Eva Kuipers (onderzoeker)").contains("Zorgverlof in de cao");
    }

    @Test
    void the_profile_shows_the_organisation_and_its_board_with_the_vacancy_as_a_vacancy() {
        assertThat(june2019.text()).contains("D66 V/M Sociale Innovatie").contains("Partijwerkgroep van D66")
                .contains("Opgericht in 1996 als Vrouwen/Mannen/Mensenrechten")
                .contains("Vertegenwoordigt D66 in het Politiek Vrouwen Overleg")
                .contains("emancipatie, diversiteit")
                .contains("Secretaris en penningmeester").contains("vacature: In afwachting van permanente invulling")
                .contains("Voorzitter Mirande Smidt");
    }

    @Test
    void an_edition_without_news_agenda_or_profile_still_has_its_masthead() {
        var edition = new Edition(YearMonth.of(2020, 1), LocalDate.of(2020, 1, 13), "Nieuwsbrief januari 2020", null, "Kort nieuws.");
        PdfDocument empty = PdfDocument.read(new NewsletterRenderer().render(
                new NewsletterIssue(edition, List.of(), java.util.Map.of(), List.of(), List.of(), null, Instant.parse("2020-01-10T09:00:00Z"))));
        assertThat(empty.pageCount()).isEqualTo(1);
        assertThat(empty.text()).contains("Nieuwsbrief januari 2020").contains("13 januari 2020").contains("Kort nieuws.")
                .contains("Er staan nog geen bijeenkomsten gepland.").doesNotContain("In profiel");
    }

    @Test
    void pages_are_numbered_and_the_document_has_an_outline_title_and_language() {
        int pages = june2019.pageCount();
        for (int page = 1; page <= pages; page++) {
            assertThat(june2019.page(page)).contains("Pagina " + page + " van " + pages);
        }
        assertThat(june2019.bookmarks()).contains("Eerste voortgangsrapportage ingediend", "Voortgang van de allianties", "Agenda",
                "In profiel: D66 V/M Sociale Innovatie");
        assertThat(june2019.title()).isEqualTo("Nieuwsbrief juni 2019");
        assertThat(june2019.language()).isEqualTo("nl-NL");
        assertThat(june2019.tagged()).isTrue();
    }
}
