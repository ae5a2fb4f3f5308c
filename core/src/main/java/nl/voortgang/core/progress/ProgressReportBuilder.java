package nl.voortgang.core.progress;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;
import nl.voortgang.core.alliance.ActivityStatus;
import nl.voortgang.core.alliance.Alliance;
import nl.voortgang.core.alliance.Alliances;
import nl.voortgang.core.alliance.Outcome;
import nl.voortgang.core.budget.VarianceRule;
import nl.voortgang.core.organisation.Organisation;
import nl.voortgang.core.review.ReviewAct;
import nl.voortgang.core.review.ReviewState;
import nl.voortgang.core.review.Reviews;
import nl.voortgang.core.organisation.Organisations;
import nl.voortgang.core.progress.ProgressReport.ActivityLine;
import nl.voortgang.core.progress.ProgressReport.Cover;
import nl.voortgang.core.progress.ProgressReport.DeadlineLine;
import nl.voortgang.core.progress.ProgressReport.Finances;
import nl.voortgang.core.progress.ProgressReport.IndicatorLine;
import nl.voortgang.core.progress.ProgressReport.KeyFigures;
import nl.voortgang.core.progress.ProgressReport.OutcomeSection;
import nl.voortgang.core.progress.ProgressReport.Source;
import nl.voortgang.core.progress.ProgressReport.Strategy;
import nl.voortgang.core.scheme.Schemes;
import nl.voortgang.core.scheme.SubsidyScheme;
import nl.voortgang.core.submission.Arrival;
import nl.voortgang.core.submission.DeadlineRule;
import nl.voortgang.core.submission.Submissions;
import nl.voortgang.core.submission.Timeliness;

/**
 * Consolidates an alliance's plans, budgets and accepted submissions into the read model of its progress
 * report, for a year or for the partnership to date. The same data always gives the same figures; only
 * "missing" against "not yet due" depends on the day the report is made.
 */
public final class ProgressReportBuilder {

    private final Organisations organisations;
    private final Schemes schemes;
    private final Alliances alliances;
    private final Submissions submissions;
    private final Reviews reviews;
    private final Clock clock;

    /** Without reviews kept: every source is received. */
    public ProgressReportBuilder(Organisations organisations, Schemes schemes, Alliances alliances, Submissions submissions, Clock clock) {
        this(organisations, schemes, alliances, submissions, Reviews.none(), clock);
    }

    public ProgressReportBuilder(Organisations organisations, Schemes schemes, Alliances alliances, Submissions submissions, Reviews reviews,
                                 Clock clock) {
        this.organisations = organisations;
        this.schemes = schemes;
        this.alliances = alliances;
        this.submissions = submissions;
        this.reviews = reviews;
        this.clock = clock;
    }

    public ProgressReport build(ReportScope scope) throws ReportUnavailable {
        Alliance alliance = alliances.find(scope.alliance()).orElseThrow(() -> new ReportUnavailable("Alliantie " + scope.alliance()
                + " is onbekend. Bekende allianties: " + alliances.all().stream().map(a -> a.code().value()).sorted()
                .collect(Collectors.joining(", ")) + "."));
        SubsidyScheme scheme = schemes.find(alliance.scheme()).orElseThrow(() -> new ReportUnavailable("Regeling " + alliance.scheme()
                + " van alliantie " + alliance.code() + " is onbekend; laad eerst regelingen.csv."));
        int first = alliance.partnership().firstYear();
        int last = alliance.partnership().lastYear(scope.year());
        if (scope.year() < first || scope.year() > last) {
            throw new ReportUnavailable(scope.year() + " valt buiten het partnerschap van " + alliance.code() + " (" + first + "–" + last + ").");
        }
        List<Integer> years = scope.years(first).boxed().toList();
        ScopeData data = new ScopeData(alliance, years, submissions, organisations);
        if (data.used.isEmpty()) {
            throw new ReportUnavailable("Er zijn nog geen gegevens van alliantie " + alliance.code() + " over "
                    + (scope.toDate() ? first + "–" + scope.year() : scope.year()) + ": geen enkele partner heeft een bestand ingestuurd.");
        }
        ZoneId zone = clock.getZone();
        Finances finances = FinanceConsolidation.consolidate(data, new VarianceRule(scheme.tolerance()));
        List<OutcomeSection> outcomes = new OutcomeConsolidation(data).sections();
        // Judged at the data's as-of moment, not the day of printing: the same data give the same report on any day.
        LocalDate asOf = data.asOf() == null ? LocalDate.now(clock) : data.asOf().atZone(zone).toLocalDate();
        List<DeadlineLine> deadlines = DeadlineConsolidation.deadlines(data, new DeadlineRule(scheme.calendar(), zone), asOf, zone);
        return new ProgressReport(scope, cover(data, scheme), keyFigures(finances, outcomes, deadlines),
                new Strategy(alliance.strategicGoal(), alliance.theoryOfChange().longTermGoal(),
                        alliance.theoryOfChange().outcomes().stream()
                                .map(o -> new ProgressReport.OutcomeSummary(o.code().value(), o.description())).toList()),
                outcomes, finances, SubsidyConsolidation.consolidate(data), deadlines, sources(data), data.asOf(), clock.instant(),
                new ProgressReport.English(alliance.english(), scheme.englishName(),
                        organisations.find(scheme.ministry()).flatMap(Organisation::nameInEnglish).orElse(null)));
    }

    private Cover cover(ScopeData data, SubsidyScheme scheme) {
        Alliance alliance = data.alliance;
        PartyRef lead = alliance.lead().map(data::party).orElse(null);
        List<PartyRef> partners = data.members().stream().filter(m -> lead == null || !m.equals(lead.code())).map(data::party).toList();
        return new Cover(alliance.code(), alliance.name(),
                alliance.earlierNames(),
                scheme.name(), data.party(scheme.ministry()), alliance.partnership(), lead, partners);
    }

    private static KeyFigures keyFigures(Finances finances, List<OutcomeSection> outcomes, List<DeadlineLine> deadlines) {
        List<ActivityLine> activities = outcomes.stream().flatMap(o -> o.activities().stream()).toList();
        List<IndicatorLine> indicators = outcomes.stream().flatMap(o -> o.indicators().stream()).toList();
        var total = finances.total();
        return new KeyFigures(total.budget(), total.realised(), total.realised().percentageOf(total.budget()).orElse(null),
                finances.beyondTolerance().size(),
                activities.size(),
                (int) activities.stream().filter(a -> a.status() == ActivityStatus.COMPLETED).count(),
                (int) activities.stream().filter(a -> a.status().needsExplanation()).count(),
                (int) indicators.stream().filter(i -> i.overall().target() != null).count(),
                (int) indicators.stream().filter(i -> i.overall().onTarget()).count(),
                count(deadlines, Timeliness.ON_TIME), count(deadlines, Timeliness.LATE), count(deadlines, Timeliness.MISSING));
    }

    private static int count(List<DeadlineLine> deadlines, Timeliness status) {
        return (int) deadlines.stream().filter(d -> d.status() == status).count();
    }

    private List<Source> sources(ScopeData data) {
        return data.used.stream().map(s -> {
            var review = reviews.latest(s.id());
            return new Source(data.ref(s), data.party(s.key().partner()), s.key().kind(), s.key().year(),
                    s.version(), data.history(s.key()).size(), s.fileName(), s.checksum().sha256(), s.receivedAt(), s.submittedBy(),
                    s.rows(), Arrival.isOnlyADay(s.fileName(), s.receivedAt(), clock.getZone()),
                    review.map(ReviewAct::state).orElse(ReviewState.RECEIVED), review.map(ReviewAct::by).orElse(null));
        }).toList();
    }


}
