package nl.voortgang.core.newsletter;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import nl.voortgang.core.alliance.ActivityStatus;
import nl.voortgang.core.alliance.Alliance;
import nl.voortgang.core.alliance.Alliances;
import nl.voortgang.core.budget.BudgetLine;
import nl.voortgang.core.budget.BudgetStatus;
import nl.voortgang.core.money.DutchFormat;
import nl.voortgang.core.money.Money;
import nl.voortgang.core.newsletter.NewsletterIssue.AllianceProgress;
import nl.voortgang.core.newsletter.NewsletterIssue.Profile;
import nl.voortgang.core.newsletter.NewsletterIssue.UpcomingDeadline;
import nl.voortgang.core.organisation.Organisation;
import nl.voortgang.core.organisation.Organisations;
import nl.voortgang.core.progress.ReportUnavailable;
import nl.voortgang.core.scheme.AccountabilityCalendar;
import nl.voortgang.core.scheme.Schemes;
import nl.voortgang.core.submission.Submission;
import nl.voortgang.core.submission.SubmissionKind;
import nl.voortgang.core.submission.Submissions;

/**
 * Builds the read model of a newsletter edition. The progress block of each alliance is generated from its
 * plans, definitive budgets and realised spending in the edition's year (or its first year, for an edition
 * that appears before the partnership starts), with the next three dates of its scheme's calendar after the
 * edition appears, all from the submissions as they stood that day. The agenda holds the next eight meetings.
 */
public final class NewsletterBuilder {

    private final NewsletterContent content;
    private final Organisations organisations;
    private final Schemes schemes;
    private final Alliances alliances;
    private final Submissions submissions;
    private final Clock clock;

    public NewsletterBuilder(NewsletterContent content, Organisations organisations, Schemes schemes, Alliances alliances,
                             Submissions submissions, Clock clock) {
        this.content = content;
        this.organisations = organisations;
        this.schemes = schemes;
        this.alliances = alliances;
        this.submissions = submissions;
        this.clock = clock;
    }

    public NewsletterIssue build(YearMonth editionMonth) throws ReportUnavailable {
        Edition edition = content.edition(editionMonth).orElseThrow(() -> new ReportUnavailable("Editie " + editionMonth
                + " van de nieuwsbrief is onbekend. Bekende edities: " + content.editions().stream().map(e -> e.edition().toString())
                .collect(Collectors.joining(", ")) + "; voeg de editie toe aan edities.csv."));
        int year = editionMonth.getYear();
        List<AllianceProgress> progress = alliances.all().stream()
                .filter(a -> a.partnership().lastYear(year) >= year)
                .sorted(Comparator.comparing(Alliance::code))
                .map(a -> progress(a, Math.max(year, a.partnership().firstYear()), edition.publishedOn())).toList();
        Profile profile = edition.profile() == null ? null : organisations.find(edition.profile()).map(this::profile).orElse(null);
        List<NewsItem> items = content.newsItems(editionMonth);
        java.util.Map<String, String> names = new java.util.HashMap<>();
        items.stream().map(NewsItem::organisation).filter(java.util.Objects::nonNull)
                .forEach(code -> names.put(code.value(), organisations.nameOf(code)));
        return new NewsletterIssue(edition, items, names, progress, content.meetingsFrom(edition.publishedOn()).stream().limit(8).toList(),
                profile, clock.instant());
    }

    private AllianceProgress progress(Alliance alliance, int year, LocalDate publishedOn) {
        List<Submission> current = knownOn(alliance, publishedOn);
        var activities = alliance.activitiesIn(year);
        boolean reported = current.stream().anyMatch(s -> s.key().year() == year && s.key().kind() == SubmissionKind.ACTIVITY_PROGRESS);
        long completed = current.stream().filter(s -> s.key().year() == year && s.key().kind() == SubmissionKind.ACTIVITY_PROGRESS)
                .flatMap(s -> submissions.activityProgress(s.id()).stream())
                .filter(p -> p.status() == ActivityStatus.COMPLETED).count();
        Money budget = Money.ZERO;
        int withBudget = 0;
        for (Submission s : current) {
            if (s.key().year() == year && s.key().kind() == SubmissionKind.BUDGET) {
                List<BudgetLine> lines = submissions.budgetLines(s.id());
                if (lines.stream().allMatch(l -> l.status() == BudgetStatus.DEFINITIVE)) {
                    budget = lines.stream().map(BudgetLine::amount).reduce(budget, Money::plus);
                    withBudget++;
                }
            }
        }
        Money realised = current.stream().filter(s -> s.key().year() <= year && s.key().kind() == SubmissionKind.EXPENDITURE)
                .flatMap(s -> submissions.expenditureTotals(s.id()).stream()).map(t -> t.amount()).reduce(Money.ZERO, Money::plus);
        Integer realisedThrough = current.stream().filter(s -> s.key().year() <= year && s.key().kind() == SubmissionKind.EXPENDITURE)
                .map(s -> s.key().year()).max(Integer::compare).orElse(null);
        int members = alliance.membersIn(year).size();
        List<UpcomingDeadline> next = schemes.find(alliance.scheme())
                .map(s -> nextDeadlines(s.calendar(), alliance, publishedOn)).orElse(List.of());
        String lead = alliance.lead().map(organisations::nameOf).orElse("");
        DutchFormat nl = DutchFormat.dutch();
        String summary = "In " + year + (activities.size() == 1 ? " staat 1 activiteit" : " staan " + activities.size() + " activiteiten")
                + " in het plan" + (reported ? ", waarvan er " + completed + (completed == 1 ? " is" : " zijn") + " uitgevoerd."
                : "; de partners hebben er nog niet over gerapporteerd.") + " De definitieve begroting voor "
                + year + " is " + nl.money(budget) + " (" + withBudget + " van " + members + " partners). "
                + (realisedThrough == null ? "Er zijn nog geen uitgaven verantwoord." : "Tot en met " + realisedThrough + " is " + nl.money(realised)
                + " uitgegeven.");
        return new AllianceProgress(alliance.code(), alliance.name(), lead, members, year, activities.size(), (int) completed,
                budget, withBudget, realised, next, summary, reported, realisedThrough);
    }

    /**
     * The submissions as they stood when the edition appeared: per partner, year and kind, the newest version
     * received by the end of that day (Dutch time). An edition never shows figures that came in after it.
     */
    private List<Submission> knownOn(Alliance alliance, LocalDate publishedOn) {
        java.time.Instant cutOff = publishedOn.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        java.util.Map<nl.voortgang.core.submission.SubmissionKey, Submission> latest = new java.util.HashMap<>();
        submissions.all().stream()
                .filter(s -> s.key().alliance().equals(alliance.code()) && s.receivedAt().isBefore(cutOff))
                .forEach(s -> latest.merge(s.key(), s, (a, b) -> a.version() >= b.version() ? a : b));
        return List.copyOf(latest.values());
    }

    private static List<UpcomingDeadline> nextDeadlines(AccountabilityCalendar calendar, Alliance alliance, LocalDate after) {
        List<UpcomingDeadline> dates = new ArrayList<>();
        int first = alliance.partnership().firstYear();
        int last = alliance.partnership().lastYear(after.getYear() + 2);
        for (int year = first; year <= last; year++) {
            dates.add(new UpcomingDeadline(calendar.plansAndBudgetsDue(year), Milestone.PLANS_AND_BUDGETS, year,
                    calendar.plansAndBudgetsDue().before()));
            dates.add(new UpcomingDeadline(calendar.assessmentDue(year), Milestone.ASSESSMENT, year, calendar.assessmentDue().before()));
            dates.add(new UpcomingDeadline(calendar.progressReportDue(year), Milestone.PROGRESS_REPORT, year,
                    calendar.progressReportDue().before()));
        }
        return dates.stream().filter(d -> d.date().isAfter(after)).sorted(Comparator.comparing(UpcomingDeadline::date)).limit(3).toList();
    }

    private Profile profile(Organisation organisation) {
        String parent = organisation.parentCode().map(organisations::nameOf).orElse(null);
        List<NewsletterIssue.Representing> representing = organisation.representations().stream()
                .map(r -> new NewsletterIssue.Representing(organisations.nameOf(r.network()), organisations.nameOf(r.onBehalfOf()))).toList();
        return new Profile(organisation, parent, representing);
    }
}
