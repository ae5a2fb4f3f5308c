package nl.voortgang.core.memory;

import java.time.Clock;
import nl.voortgang.core.accountability.MinistryAssessment;
import nl.voortgang.core.accountability.ReportSubmission;
import nl.voortgang.core.newsletter.NewsletterBuilder;
import nl.voortgang.core.progress.ProgressReportBuilder;
import nl.voortgang.core.reference.ReferenceUpdate;
import nl.voortgang.core.review.SubmissionReview;
import nl.voortgang.core.submission.SubmissionIntake;

/**
 * Everything {@code core} needs to store, held in memory, with the services wired to it: what a tool embeds to
 * load CSV files and consolidate them without a database.
 */
public final class InMemoryStore {

    private final InMemoryOrganisations organisations = new InMemoryOrganisations();
    private final InMemorySchemes schemes = new InMemorySchemes();
    private final InMemoryAlliances alliances = new InMemoryAlliances();
    private final InMemorySubmissions submissions = new InMemorySubmissions();
    private final InMemoryNewsletterContent newsletter = new InMemoryNewsletterContent();
    private final InMemoryReviews reviews = new InMemoryReviews();
    private final InMemorySubmittedReports submittedReports = new InMemorySubmittedReports();
    private final InMemoryAssessments assessments = new InMemoryAssessments();
    private final Clock clock;

    public InMemoryStore(Clock clock) {
        this.clock = clock;
    }

    public InMemoryOrganisations organisations() {
        return organisations;
    }

    public InMemorySchemes schemes() {
        return schemes;
    }

    public InMemoryAlliances alliances() {
        return alliances;
    }

    public InMemorySubmissions submissions() {
        return submissions;
    }

    public InMemoryNewsletterContent newsletter() {
        return newsletter;
    }

    public InMemoryReviews reviews() {
        return reviews;
    }

    /** The lead organisation's review of its partners' submissions. */
    public SubmissionReview review() {
        return new SubmissionReview(submissions, reviews, clock);
    }

    /** The lead organisation's submission of an alliance's yearly report, and the report as it was submitted. */
    public ReportSubmission reportSubmission() {
        return new ReportSubmission(organisations, schemes, alliances, submissions, reviews, submittedReports, assessments, clock);
    }

    /** The lead organisation's record of the ministry's assessments. */
    public MinistryAssessment ministryAssessment() {
        return new MinistryAssessment(alliances, submittedReports, assessments, clock);
    }

    public ReferenceUpdate referenceUpdate() {
        return new ReferenceUpdate(organisations, schemes, alliances, newsletter);
    }

    public SubmissionIntake intake() {
        return new SubmissionIntake(organisations, alliances, submissions, submissions, clock);
    }

    public ProgressReportBuilder progressReports() {
        return new ProgressReportBuilder(organisations, schemes, alliances, submissions, reviews, clock);
    }

    public NewsletterBuilder newsletters() {
        return new NewsletterBuilder(newsletter, organisations, schemes, alliances, submissions, clock);
    }
}
