package nl.voortgang.core.memory;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import nl.voortgang.core.newsletter.Edition;
import nl.voortgang.core.newsletter.Meeting;
import nl.voortgang.core.newsletter.NewsItem;
import nl.voortgang.core.newsletter.NewsletterContent;

/** Newsletter content held in memory. */
public final class InMemoryNewsletterContent implements NewsletterContent {

    private final Map<YearMonth, Edition> editions = new ConcurrentSkipListMap<>();
    private final Map<YearMonth, List<NewsItem>> news = new ConcurrentSkipListMap<>();
    private volatile List<Meeting> meetings = List.of();

    @Override
    public Optional<Edition> edition(YearMonth edition) {
        return Optional.ofNullable(editions.get(edition));
    }

    @Override
    public List<Edition> editions() {
        return new ArrayList<>(editions.values());
    }

    @Override
    public List<NewsItem> newsItems(YearMonth edition) {
        return news.getOrDefault(edition, List.of());
    }

    @Override
    public List<Meeting> meetingsFrom(LocalDate from) {
        return meetings.stream().filter(m -> !m.date().isBefore(from)).sorted(Comparator.comparing(Meeting::date)).toList();
    }

    @Override
    public void saveEdition(Edition edition) {
        editions.put(edition.edition(), edition);
    }

    @Override
    public void replaceNewsItems(YearMonth edition, List<NewsItem> items) {
        news.put(edition, List.copyOf(items));
    }

    @Override
    public void replaceMeetings(List<Meeting> list) {
        meetings = List.copyOf(list);
    }
}
