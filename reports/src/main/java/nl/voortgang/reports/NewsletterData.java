package nl.voortgang.reports;

import static nl.voortgang.reports.Rows.row;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.voortgang.core.newsletter.Meeting;
import nl.voortgang.core.newsletter.NewsItem;
import nl.voortgang.core.newsletter.NewsletterIssue;
import nl.voortgang.core.newsletter.NewsletterIssue.AllianceProgress;
import nl.voortgang.core.newsletter.NewsletterIssue.Profile;
import nl.voortgang.core.organisation.BoardSeat;
import nl.voortgang.core.organisation.FormerName;
import nl.voortgang.core.organisation.Organisation;

/** The parameters of the newsletter template: a {@link NewsletterIssue} in words. */
final class NewsletterData {

    private final NewsletterIssue issue;
    private final Wording words;

    NewsletterData(NewsletterIssue issue, Wording words) {
        this.issue = issue;
        this.words = words;
    }

    String title() {
        return issue.edition().title();
    }

    ArchivalPdf.Metadata metadata() {
        String alliances = alliances();
        return new ArchivalPdf.Metadata(title(), words.text("news.publisher", alliances),
                words.text("news.subject", title(), alliances), words.text("news.keywords"), words.languageTag());
    }

    Map<String, Object> parameters() {
        Map<String, Object> p = new HashMap<>();
        p.put("EDITION_TITLE", title());
        p.put("EDITION_MONTH", DateTimeFormatter.ofPattern("MMMM yyyy", words.locale()).format(issue.edition().edition()));
        p.put("PUBLISHED", words.date(issue.edition().publishedOn()));
        p.put("STRAPLINE", issue.alliances().isEmpty() ? words.text("news.straplineGeneric") : words.text("news.strapline", alliances()));
        p.put("INTRO", issue.edition().introduction());
        p.put("NEWS", Rows.source(issue.items().stream().map(this::item).toList()));
        p.put("HAS_PROGRESS", !issue.alliances().isEmpty());
        p.put("PROGRESS", Rows.source(issue.alliances().stream().map(this::progress).toList()));
        p.put("AGENDA", Rows.source(issue.agenda().stream().map(this::meeting).toList()));
        p.put("HAS_AGENDA", !issue.agenda().isEmpty());
        Profile profile = issue.profile();
        p.put("HAS_PROFILE", profile != null);
        if (profile != null) {
            p.putAll(profile(profile));
        }
        p.put("GENERATED", words.text("news.generated", words.date(issue.edition().publishedOn())));
        p.put("COLOPHON", issue.alliances().isEmpty() ? words.text("news.colophonShort", title(), words.date(issue.edition().publishedOn()))
                : words.text("news.colophon", title(), words.date(issue.edition().publishedOn()), p.get("GENERATED")));
        return p;
    }

    private String alliances() {
        List<String> names = issue.alliances().stream().map(AllianceProgress::name).toList();
        return enumeration(names);
    }

    private String enumeration(List<String> items) {
        if (items.isEmpty()) {
            return "";
        }
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " " + words.text("news.and") + " " + items.get(items.size() - 1);
    }

    private Map<String, Object> item(NewsItem item) {
        String organisation = item.organisation() == null ? "" : " " + issue.organisationOf(item);
        return row(
                "title", item.title(),
                "body", String.join("\n", item.paragraphs().stream().map(String::strip).toList()),
                "signature", "— " + item.author() + ", " + item.authorRole() + organisation);
    }

    private Map<String, Object> progress(AllianceProgress a) {
        String year = String.valueOf(a.year());
        return row(
                "name", a.name() + " (" + a.code().value() + ")",
                "lead", words.text("news.lead", a.lead(), String.valueOf(a.members())),
                "summary", a.summary(),
                "activities", a.activitiesReported()
                        ? words.text("key.ofTotal", String.valueOf(a.activitiesCompleted()), String.valueOf(a.activitiesPlanned()))
                        : words.text("news.notYetReported"),
                "activitiesLabel", words.text("news.activities", year),
                "budget", words.money(a.definitiveBudget()),
                "budgetLabel", words.text("news.budget", year, String.valueOf(a.membersWithDefinitiveBudget()), String.valueOf(a.members())),
                "realised", words.money(a.realisedToDate()),
                "realisedLabel", a.realisedThrough() == null ? words.text("news.noSpending") : words.text("news.realised", String.valueOf(a.realisedThrough())),
                "deadlines", a.nextDeadlines().isEmpty() ? List.of(row("date", "", "milestone", words.text("news.noDeadlines")))
                        : a.nextDeadlines().stream().map(d -> row("date", d.before()
                                ? words.text("deadline.before", words.date(d.date().plusDays(1))) : words.date(d.date()),
                        "milestone", words.label(d.milestone()) + " (" + d.year() + ")")).toList());
    }

    private Map<String, Object> meeting(Meeting m) {
        String day = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", words.locale()).format(m.date());
        return row(
                "day", Character.toUpperCase(day.charAt(0)) + day.substring(1),
                "where", (m.time() == null ? "" : m.time() + " · ") + m.place(),
                "topic", m.topic(),
                "speakers", m.speakers().isEmpty() ? null : words.text("news.speakers") + "\n" + String.join("\n", m.speakers()));
    }

    private Map<String, Object> profile(Profile profile) {
        Organisation o = profile.organisation();
        Map<String, Object> p = new HashMap<>();
        p.put("PROFILE_NAME", o.name());
        List<String> facts = new ArrayList<>();
        String kind = words.label(o.kind());
        kind = Character.toUpperCase(kind.charAt(0)) + kind.substring(1);
        facts.add(profile.parentName() == null ? kind : words.text("news.partOf", kind, profile.parentName()));
        FormerName founding = o.formerNames().stream()
                .filter(f -> o.foundingYear() != null && f.fromYear() == o.foundingYear()).findFirst().orElse(null);
        if (o.foundingYear() != null) {
            facts.add(founding == null ? words.text("news.founded", String.valueOf(o.foundingYear()))
                    : words.text("news.foundedAs", String.valueOf(o.foundingYear()), founding.name()));
        }
        o.formerNames().stream().filter(f -> f != founding)
                .forEach(f -> facts.add(words.text("news.formerName", f.name(), String.valueOf(f.fromYear()))));
        profile.representing().forEach(line -> facts.add(representing(line)));
        p.put("PROFILE_FACTS", String.join("\n", facts));
        p.put("PROFILE_THEMES", o.themes().isEmpty() ? null : words.text("news.themes", enumeration(o.themes())));
        p.put("BOARD", Rows.source(o.board().stream().map(this::seat).toList()));
        p.put("HAS_BOARD", !o.board().isEmpty());
        return p;
    }

    /**
     * "Vertegenwoordigt D66 in het Politiek Vrouwen Overleg". Dutch needs an article here: "het" for networks whose
     * name ends in a neuter noun (Overleg, Platform, Netwerk, …), none otherwise.
     */
    String representing(NewsletterIssue.Representing represents) {
        String network = represents.network();
        String party = represents.onBehalfOf();
        String last = network.substring(network.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        boolean neuter = List.of("overleg", "platform", "netwerk", "forum", "verbond", "comité", "collectief", "beraad").contains(last);
        return words.text(neuter ? "news.representsIn" : "news.represents", party, network);
    }

    private Map<String, Object> seat(BoardSeat seat) {
        return row(
                "role", seat.role(),
                "holder", seat.isVacant() ? words.text("news.vacancy", seat.note() == null ? "" : seat.note()).strip()
                        : seat.holder(),
                "note", seat.isVacant() ? null : seat.note(),
                "vacant", seat.isVacant());
    }
}
