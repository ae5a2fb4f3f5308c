package nl.voortgang.core.accountability;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.voortgang.core.alliance.Alliance;
import nl.voortgang.core.alliance.AllianceCode;
import nl.voortgang.core.alliance.Alliances;
import nl.voortgang.core.money.DutchFormat;
import nl.voortgang.core.organisation.Organisations;
import nl.voortgang.core.ministry.Assessments;
import nl.voortgang.core.progress.Cycle;
import nl.voortgang.core.progress.ProgressReport;
import nl.voortgang.core.progress.ReportDifferences;
import nl.voortgang.core.progress.ProgressReportBuilder;
import nl.voortgang.core.progress.ReportScope;
import nl.voortgang.core.progress.ReportUnavailable;
import nl.voortgang.core.review.ReviewState;
import nl.voortgang.core.review.Reviews;
import nl.voortgang.core.scheme.Schemes;
import nl.voortgang.core.submission.Submission;
import nl.voortgang.core.submission.Submissions;

/**
 * The lead organisation submits an alliance's progress report for a year to the ministry. It may only when every file
 * the year owes is there and approved; then the exact versions the report is made of are frozen, with who submitted it
 * and when, and that report can be made again as it was submitted, whatever arrives later.
 */
public final class ReportSubmission {

    private static final DutchFormat DATES = DutchFormat.dutch();

    private final Organisations organisations;
    private final Schemes schemes;
    private final Alliances alliances;
    private final Submissions submissions;
    private final Reviews reviews;
    private final SubmittedReports submitted;
    private final CycleOfAReport cycle;
    private final Clock clock;

    /** Without the ministry's assessments kept. */
    public ReportSubmission(Organisations organisations, Schemes schemes, Alliances alliances, Submissions submissions, Reviews reviews,
                            SubmittedReports submitted, Clock clock) {
        this(organisations, schemes, alliances, submissions, reviews, submitted, Assessments.none(), clock);
    }

    public ReportSubmission(Organisations organisations, Schemes schemes, Alliances alliances, Submissions submissions, Reviews reviews,
                            SubmittedReports submitted, Assessments assessments, Clock clock) {
        this.organisations = Objects.requireNonNull(organisations, "organisations");
        this.schemes = Objects.requireNonNull(schemes, "schemes");
        this.alliances = Objects.requireNonNull(alliances, "alliances");
        this.submissions = Objects.requireNonNull(submissions, "submissions");
        this.reviews = Objects.requireNonNull(reviews, "reviews");
        this.submitted = Objects.requireNonNull(submitted, "submitted");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.cycle = new CycleOfAReport(submitted, Objects.requireNonNull(assessments, "assessments"), clock);
    }

    /**
     * The report of current data with the cycle around it: the lead's submissions and the ministry's assessments up to
     * its year, and, for a year whose report was submitted, every difference from the submitted report (none when the
     * figures are the same).
     */
    public ProgressReport current(ReportScope scope) throws ReportUnavailable {
        ProgressReport report = builder(submissions).build(scope);
        Alliance alliance = alliances.find(scope.alliance()).orElseThrow();
        var calendar = schemes.find(alliance.scheme()).orElseThrow().calendar();
        Cycle.SinceSubmission since = null;
        Optional<SubmittedReport> done = scope.toDate() ? Optional.empty() : submitted.find(scope.alliance(), scope.year());
        if (done.isPresent()) {
            ProgressReport asSubmitted = builder(new FrozenSubmissions(submissions, done.get().versions())).build(scope);
            since = new Cycle.SinceSubmission(done.get().by(), done.get().at(), ReportDifferences.between(asSubmitted, report));
        }
        return report.withCycle(new Cycle(cycle.steps(alliance, calendar, scope.year()), since));
    }

    /**
     * Submits the year's report: refused, with everything that stands in the way, when a file the year owes is missing
     * or a file is not approved, or when the year's report was submitted before.
     */
    public SubmittedReport submit(AllianceCode alliance, int year, String by) throws SubmissionRefused, ReportUnavailable {
        if (by == null || by.isBlank()) {
            throw new SubmissionRefused(List.of("Wie dient in? Geef een naam (met --as NAAM op de opdrachtregel)."));
        }
        Optional<SubmittedReport> before = submitted.find(alliance, year);
        if (before.isPresent()) {
            throw new SubmissionRefused(List.of("De voortgangsrapportage " + year + " van " + alliance.value() + " is al ingediend door "
                    + before.get().by() + " op " + DATES.date(before.get().at().atZone(clock.getZone()).toLocalDate()) + "."));
        }
        ProgressReport report = builder(submissions).build(ReportScope.year(alliance, year));
        List<String> problems = new ArrayList<>();
        report.deadlines().stream().filter(d -> d.year() == year && d.source() == null)
                .forEach(d -> problems.add("ontbreekt: " + d.kind().dutch() + " " + d.year() + " van " + d.partner().name()));
        List<Submission> used = used(alliance, year);
        for (Submission s : used) {
            ReviewState state = reviews.latest(s.id()).map(a -> a.state()).orElse(ReviewState.RECEIVED);
            if (state != ReviewState.APPROVED) {
                problems.add("niet goedgekeurd: " + s.key().kind().dutch() + " " + year + " van " + s.key().partner().value() + " (v"
                        + s.version() + ", " + state.dutch() + ")");
            }
        }
        if (!problems.isEmpty()) {
            throw new SubmissionRefused(problems);
        }
        SubmittedReport done = new SubmittedReport(alliance, year, used.stream().map(Submission::id).toList(), by.strip(), clock.instant());
        submitted.save(done);
        return done;
    }

    /** The acts of the cycle of the alliance up to {@code lastYear}, and the assessment of the next year's plans. */
    public List<Cycle.Step> steps(AllianceCode code, int lastYear) throws ReportUnavailable {
        Alliance alliance = alliances.find(code).orElseThrow(() -> new ReportUnavailable("Alliantie " + code + " is onbekend."));
        var scheme = schemes.find(alliance.scheme()).orElseThrow(() -> new ReportUnavailable("Regeling " + alliance.scheme() + " is onbekend."));
        return cycle.steps(alliance, scheme.calendar(), lastYear);
    }

    /** The year's report as it was submitted, made from the versions it froze; empty when it was not submitted. */
    public Optional<ProgressReport> asSubmitted(AllianceCode alliance, int year) throws ReportUnavailable {
        Optional<SubmittedReport> done = submitted.find(alliance, year);
        if (done.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(builder(new FrozenSubmissions(submissions, done.get().versions())).build(ReportScope.year(alliance, year))
                .asSubmittedBy(done.get().by(), done.get().at()));
    }

    /** The current version of every file of the year: what the year's report is made of (as in the report's appendix A). */
    private List<Submission> used(AllianceCode alliance, int year) {
        return submissions.currentFor(alliance).stream().filter(s -> s.key().year() == year)
                .sorted(Comparator.comparing((Submission s) -> s.key().partner()).thenComparing(s -> s.key().kind())).toList();
    }

    private ProgressReportBuilder builder(Submissions view) {
        return new ProgressReportBuilder(organisations, schemes, alliances, view, reviews, clock);
    }

    /** A submission that cannot be made, with every reason, in Dutch. */
    public static final class SubmissionRefused extends Exception {

        private final List<String> problems;

        public SubmissionRefused(List<String> problems) {
            super(String.join("; ", problems));
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }
}
