package nl.voortgang.batch.storage;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import nl.voortgang.core.newsletter.Edition;
import nl.voortgang.core.newsletter.Meeting;
import nl.voortgang.core.newsletter.NewsItem;
import nl.voortgang.core.newsletter.NewsletterContent;
import nl.voortgang.core.organisation.OrganisationCode;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The newsletter's editions, news items and agenda in the database. */
public final class JdbcNewsletterContent implements NewsletterContent {

    private static final String PARAGRAPH_BREAK = "\n\n";

    private final JdbcClient jdbc;

    public JdbcNewsletterContent(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Edition> edition(YearMonth edition) {
        return editions().stream().filter(e -> e.edition().equals(edition)).findFirst();
    }

    @Override
    public List<Edition> editions() {
        return jdbc.sql("SELECT * FROM newsletter_edition ORDER BY edition").query((rs, n) -> new Edition(YearMonth.parse(rs.getString("edition")),
                Sql.date(rs, "published_on"), rs.getString("title"), code(rs.getString("profile")), rs.getString("introduction"))).list();
    }

    @Override
    public List<NewsItem> newsItems(YearMonth edition) {
        return jdbc.sql("SELECT * FROM news_item WHERE edition = ? ORDER BY position").param(edition.toString())
                .query((rs, n) -> new NewsItem(edition, rs.getString("title"), Arrays.asList(rs.getString("body").split(PARAGRAPH_BREAK)),
                        rs.getString("author"), rs.getString("author_role"), code(rs.getString("organisation")))).list();
    }

    @Override
    public List<Meeting> meetingsFrom(LocalDate from) {
        return jdbc.sql("SELECT * FROM meeting WHERE meeting_date >= ? ORDER BY meeting_date, position").param(from)
                .query((rs, n) -> new Meeting(Sql.date(rs, "meeting_date"), rs.getString("time_text"), rs.getString("place"), rs.getString("topic"),
                        rs.getString("speakers") == null ? List.of() : Arrays.asList(rs.getString("speakers").split("\\|")),
                        code(rs.getString("organiser")))).list();
    }

    @Override
    public void saveEdition(Edition edition) {
        jdbc.sql("DELETE FROM newsletter_edition WHERE edition = ?").param(edition.edition().toString()).update();
        jdbc.sql("INSERT INTO newsletter_edition (edition, published_on, title, profile, introduction) VALUES (?, ?, ?, ?, ?)")
                .params(edition.edition().toString(), edition.publishedOn(), edition.title(),
                        edition.profile() == null ? null : edition.profile().value(), edition.introduction()).update();
    }

    @Override
    public void replaceNewsItems(YearMonth edition, List<NewsItem> items) {
        jdbc.sql("DELETE FROM news_item WHERE edition = ?").param(edition.toString()).update();
        int position = 0;
        for (NewsItem item : items) {
            jdbc.sql("INSERT INTO news_item (edition, position, title, body, author, author_role, organisation) VALUES (?, ?, ?, ?, ?, ?, ?)")
                    .params(edition.toString(), position++, item.title(), String.join(PARAGRAPH_BREAK, item.paragraphs()), item.author(),
                            item.authorRole(), item.organisation() == null ? null : item.organisation().value()).update();
        }
    }

    @Override
    public void replaceMeetings(List<Meeting> meetings) {
        jdbc.sql("DELETE FROM meeting").update();
        int position = 0;
        for (Meeting m : meetings) {
            jdbc.sql("INSERT INTO meeting (position, meeting_date, time_text, place, topic, speakers, organiser) VALUES (?, ?, ?, ?, ?, ?, ?)")
                    .params(position++, m.date(), m.time(), m.place(), m.topic(), m.speakers().isEmpty() ? null : String.join("|", m.speakers()),
                            m.organiser() == null ? null : m.organiser().value()).update();
        }
    }

    private static OrganisationCode code(String value) {
        return value == null ? null : OrganisationCode.of(value);
    }
}
