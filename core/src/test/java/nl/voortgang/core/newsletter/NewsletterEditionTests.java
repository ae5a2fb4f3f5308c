package nl.voortgang.core.newsletter;

import static nl.voortgang.core.WorldFixture.NVR;
import static nl.voortgang.core.WorldFixture.WOMEN_INC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import nl.voortgang.core.WorldFixture;
import nl.voortgang.core.money.Money;
import nl.voortgang.core.organisation.BoardSeat;
import nl.voortgang.core.organisation.Organisation;
import nl.voortgang.core.organisation.OrganisationCode;
import nl.voortgang.core.organisation.OrganisationKind;
import nl.voortgang.core.organisation.Representation;
import nl.voortgang.core.progress.ReportUnavailable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class NewsletterEditionTests {

    private final WorldFixture world = WorldFixture.samenWerktHet(LocalDate.of(2018, 12, 1));
    private final OrganisationCode vmsi = OrganisationCode.of("VM-SI");

    @BeforeEach
    void the_secretariat_has_written_an_edition() {
        var store = world.store();
        store.organisations().save(Organisation.of(OrganisationCode.of("D66"), "D66", OrganisationKind.POLITICAL_PARTY));
        store.organisations().save(Organisation.of(OrganisationCode.of("PVO"), "Politiek Vrouwen Overleg", OrganisationKind.NETWORK));
        store.organisations().save(new Organisation(vmsi, "D66 V/M Sociale Innovatie", OrganisationKind.PARTY_WORKING_GROUP, 1996,
                OrganisationCode.of("D66"), List.of("emancipatie"), List.of(),
                List.of(new Representation(OrganisationCode.of("PVO"), OrganisationCode.of("D66"))),
                List.of(BoardSeat.held("Voorzitter", "Mirande Smidt"),
                        BoardSeat.vacant("Secretaris en penningmeester", "In afwachting van permanente invulling")),
                LocalDate.of(2022, 7, 7)));
        store.newsletter().saveEdition(new Edition(YearMonth.of(2018, 12), LocalDate.of(2018, 12, 10), "Nieuwsbrief december 2018", vmsi, null));
        store.newsletter().replaceNewsItems(YearMonth.of(2018, 12), List.of(new NewsItem(YearMonth.of(2018, 12), "Een jaar Samen werkt het!",
                List.of("Alinea."), "Leyla Hamidi", "beleidsmedewerker", NVR)));
        store.newsletter().replaceMeetings(List.of(
                new Meeting(LocalDate.of(2018, 11, 12), "19.30 uur", "Den Haag", "Loonkloof", List.of(), vmsi),
                new Meeting(LocalDate.of(2019, 1, 14), "19.30 uur", "Utrecht", "Kinderopvang", List.of("dr. L. Jacobs (onderzoeker)"), vmsi)));
        world.submit(WOMEN_INC, "begroting.csv", LocalDate.of(2017, 9, 10),
                "alliantie;partner;jaar;kostensoort;begroot;status\nSWH;WOMEN-INC;2018;personeelskosten;95000;definitief\n");
        world.submit(WOMEN_INC, "activiteiten.csv", LocalDate.of(2018, 11, 30),
                "alliantie;partner;jaar;activiteit;status\nSWH;WOMEN-INC;2018;SWH-18-01;uitgevoerd\n");
    }

    @Test
    void an_edition_has_its_news_a_progress_block_per_alliance_the_coming_agenda_and_a_profile() throws Exception {
        NewsletterIssue issue = world.store().newsletters().build(YearMonth.of(2018, 12));

        assertThat(issue.items()).extracting(NewsItem::author, NewsItem::authorRole).containsExactly(tuple("Leyla Hamidi", "beleidsmedewerker"));
        assertThat(issue.agenda()).extracting(Meeting::topic).containsExactly("Kinderopvang");
        var progress = issue.alliances().get(0);
        assertThat(progress.activitiesPlanned()).isEqualTo(3);
        assertThat(progress.activitiesCompleted()).isEqualTo(1);
        assertThat(progress.definitiveBudget()).isEqualTo(Money.euros(95000));
        assertThat(progress.membersWithDefinitiveBudget()).isEqualTo(1);
        assertThat(progress.summary()).isEqualTo("In 2018 staan 3 activiteiten in het plan, waarvan er 1 is uitgevoerd. "
                + "De definitieve begroting voor 2018 is €\u00a095.000,00 (1 van 3 partners). Er zijn nog geen uitgaven verantwoord.");
        assertThat(progress.activitiesReported()).isTrue();
        assertThat(progress.realisedThrough()).as("in December 2018 no partner has accounted for any spending yet").isNull();
        assertThat(progress.nextDeadlines()).extracting(d -> d.date(), d -> d.milestone(), d -> d.year()).containsExactly(
                tuple(LocalDate.of(2018, 12, 20), Milestone.ASSESSMENT, 2019),
                tuple(LocalDate.of(2019, 4, 1), Milestone.PROGRESS_REPORT, 2018),
                tuple(LocalDate.of(2019, 9, 19), Milestone.PLANS_AND_BUDGETS, 2020));
        assertThat(issue.profile().organisation().vacancies()).extracting(BoardSeat::role).containsExactly("Secretaris en penningmeester");
        assertThat(issue.profile().representing()).containsExactly(new NewsletterIssue.Representing("Politiek Vrouwen Overleg", "D66"));
        assertThat(issue.organisationOf(issue.items().get(0))).isEqualTo("Nederlandse Vrouwen Raad");
        assertThat(issue.profile().parentName()).isEqualTo("D66");
    }

    @Test
    void an_unknown_edition_names_the_known_ones() {
        assertThatThrownBy(() -> world.store().newsletters().build(YearMonth.of(2030, 1)))
                .isInstanceOf(ReportUnavailable.class)
                .hasMessage("Editie 2030-01 van de nieuwsbrief is onbekend. Bekende edities: 2018-12; voeg de editie toe aan edities.csv.");
    }
}
