package nl.voortgang.batch;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import nl.voortgang.core.accountability.MinistryAssessment;
import nl.voortgang.core.accountability.ReportSubmission;
import nl.voortgang.core.ministry.Assessments;
import nl.voortgang.core.accountability.SubmittedReports;
import nl.voortgang.core.alliance.Alliances;
import nl.voortgang.core.newsletter.NewsletterBuilder;
import nl.voortgang.core.newsletter.NewsletterContent;
import nl.voortgang.core.organisation.Organisations;
import nl.voortgang.core.progress.ProgressReportBuilder;
import nl.voortgang.core.review.Reviews;
import nl.voortgang.core.review.SubmissionReview;
import nl.voortgang.core.reference.ReferenceUpdate;
import nl.voortgang.core.scheme.Schemes;
import nl.voortgang.core.submission.Submissions;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Core's services, created with {@code new} over core's ports (the database adapters are in {@code storage}). */
@Configuration(proxyBeanMethods = false)
class CoreConfiguration {

    /** Dutch time: deadlines are days in the Netherlands. */
    static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

    @Bean
    Clock clock() {
        return Clock.system(NETHERLANDS);
    }

    @Bean
    DataDirectory dataDirectory(@Value("${voortgang.data-dir}") Path root, @Value("${voortgang.files-dir:}") String files) {
        return new DataDirectory(root, files.isBlank() ? null : Path.of(files));
    }

    @Bean
    JobRuns jobRuns(JobRepository jobRepository) {
        return new JobRuns(jobRepository);
    }

    @Bean
    ReferenceUpdate referenceUpdate(Organisations organisations, Schemes schemes, Alliances alliances, NewsletterContent newsletter) {
        return new ReferenceUpdate(organisations, schemes, alliances, newsletter);
    }

    @Bean
    ProgressReportBuilder progressReports(Organisations organisations, Schemes schemes, Alliances alliances, Submissions submissions,
                                          Reviews reviews, Clock clock) {
        return new ProgressReportBuilder(organisations, schemes, alliances, submissions, reviews, clock);
    }

    @Bean
    SubmissionReview submissionReview(Submissions submissions, Reviews reviews, Clock clock) {
        return new SubmissionReview(submissions, reviews, clock);
    }

    @Bean
    ReportSubmission reportSubmission(Organisations organisations, Schemes schemes, Alliances alliances, Submissions submissions,
                                      Reviews reviews, SubmittedReports submittedReports, Assessments assessments, Clock clock) {
        return new ReportSubmission(organisations, schemes, alliances, submissions, reviews, submittedReports, assessments, clock);
    }

    @Bean
    MinistryAssessment ministryAssessment(Alliances alliances, SubmittedReports submittedReports, Assessments assessments, Clock clock) {
        return new MinistryAssessment(alliances, submittedReports, assessments, clock);
    }

    @Bean
    NewsletterBuilder newsletters(NewsletterContent content, Organisations organisations, Schemes schemes, Alliances alliances,
                                  Submissions submissions, Clock clock) {
        return new NewsletterBuilder(content, organisations, schemes, alliances, submissions, clock);
    }
}
