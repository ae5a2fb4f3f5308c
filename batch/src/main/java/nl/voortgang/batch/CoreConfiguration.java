package nl.voortgang.batch;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import nl.voortgang.batch.storage.JdbcAlliances;
import nl.voortgang.batch.storage.JdbcNewsletterContent;
import nl.voortgang.batch.storage.JdbcOrganisations;
import nl.voortgang.batch.storage.JdbcSchemes;
import nl.voortgang.batch.storage.JdbcSubmissions;
import nl.voortgang.core.newsletter.NewsletterBuilder;
import nl.voortgang.core.progress.ProgressReportBuilder;
import nl.voortgang.core.reference.ReferenceUpdate;
import nl.voortgang.core.submission.SubmissionIntake;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.flywaydb.core.api.migration.JavaMigration;
import nl.voortgang.batch.storage.SpringBatchSchemaMigration;
import nl.voortgang.batch.storage.SubmissionRows;
import nl.voortgang.batch.storage.RejectedFiles;
import nl.voortgang.batch.storage.ReferenceFiles;
import nl.voortgang.batch.storage.RunLock;
import nl.voortgang.batch.storage.NightlyFiles;
import nl.voortgang.batch.storage.ReportOutputs;

/** Core's services, created with {@code new} over the JDBC implementations of its ports. */
@Configuration(proxyBeanMethods = false)
class CoreConfiguration {

    /** Dutch time: deadlines are days in the Netherlands. */
    static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

    @Bean
    Clock clock() {
        return Clock.system(NETHERLANDS);
    }

    @Bean
    DataDirectory dataDirectory(@Value("${voortgang.data-dir}") Path root) {
        return new DataDirectory(root);
    }

    @Bean
    JdbcOrganisations organisations(JdbcClient jdbc) {
        return new JdbcOrganisations(jdbc);
    }

    @Bean
    JdbcSchemes schemes(JdbcClient jdbc) {
        return new JdbcSchemes(jdbc);
    }

    @Bean
    JdbcAlliances alliances(JdbcClient jdbc) {
        return new JdbcAlliances(jdbc);
    }

    @Bean
    JdbcNewsletterContent newsletterContent(JdbcClient jdbc) {
        return new JdbcNewsletterContent(jdbc);
    }

    @Bean
    SubmissionRows submissionRows(JdbcTemplate template) {
        return new SubmissionRows(template);
    }

    @Bean
    JdbcSubmissions submissions(JdbcClient jdbc, SubmissionRows rows) {
        return new JdbcSubmissions(jdbc, rows);
    }

    @Bean
    RejectedFiles rejectedFiles(JdbcClient jdbc) {
        return new RejectedFiles(jdbc);
    }

    @Bean
    ReferenceFiles referenceFiles(JdbcClient jdbc) {
        return new ReferenceFiles(jdbc);
    }

    @Bean
    NightlyFiles nightlyFiles(JdbcClient jdbc) {
        return new NightlyFiles(jdbc);
    }

    @Bean
    ReportOutputs reportOutputs(JdbcClient jdbc) {
        return new ReportOutputs(jdbc);
    }

    @Bean
    RunLock runLock(JdbcClient jdbc, Clock clock) {
        return new RunLock(jdbc, clock);
    }

    @Bean
    JavaMigration springBatchSchema() {
        return new SpringBatchSchemaMigration();
    }

    @Bean
    ReferenceUpdate referenceUpdate(JdbcOrganisations organisations, JdbcSchemes schemes, JdbcAlliances alliances,
                                    JdbcNewsletterContent newsletter) {
        return new ReferenceUpdate(organisations, schemes, alliances, newsletter);
    }

    @Bean
    SubmissionIntake submissionIntake(JdbcOrganisations organisations, JdbcAlliances alliances, JdbcSubmissions submissions, Clock clock) {
        return new SubmissionIntake(organisations, alliances, submissions, clock);
    }

    @Bean
    ProgressReportBuilder progressReports(JdbcOrganisations organisations, JdbcSchemes schemes, JdbcAlliances alliances,
                                          JdbcSubmissions submissions, Clock clock) {
        return new ProgressReportBuilder(organisations, schemes, alliances, submissions, clock);
    }

    @Bean
    NewsletterBuilder newsletters(JdbcNewsletterContent content, JdbcOrganisations organisations, JdbcSchemes schemes,
                                  JdbcAlliances alliances, JdbcSubmissions submissions, Clock clock) {
        return new NewsletterBuilder(content, organisations, schemes, alliances, submissions, clock);
    }
}
