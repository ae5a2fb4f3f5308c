package nl.voortgang.core.newsletter;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/** Where the secretariat's newsletter content is kept (a port). */
public interface NewsletterContent {

    Optional<Edition> edition(YearMonth edition);

    List<Edition> editions();

    /** The news items of an edition, in the order the secretariat gave them. */
    List<NewsItem> newsItems(YearMonth edition);

    /** Meetings on or after {@code from}, earliest first. */
    List<Meeting> meetingsFrom(LocalDate from);

    void saveEdition(Edition edition);

    /** Replaces the news items of the editions they belong to. */
    void replaceNewsItems(YearMonth edition, List<NewsItem> items);

    /** Replaces the whole agenda. */
    void replaceMeetings(List<Meeting> meetings);
}
