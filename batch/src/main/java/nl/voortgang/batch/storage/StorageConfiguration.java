package nl.voortgang.batch.storage;

import java.time.Clock;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The JDBC adapters of core's ports, and what the database itself needs (the job repository's schema, the run lock). */
@Configuration(proxyBeanMethods = false)
class StorageConfiguration {

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
    JdbcRows rows(JdbcTemplate template) {
        return new JdbcRows(template);
    }

    @Bean
    JdbcSubmissions submissions(JdbcClient jdbc, JdbcRows rows) {
        return new JdbcSubmissions(jdbc, rows);
    }

    @Bean
    JdbcReviews reviews(JdbcClient jdbc) {
        return new JdbcReviews(jdbc);
    }

    @Bean
    JdbcSubmittedReports submittedReports(JdbcClient jdbc) {
        return new JdbcSubmittedReports(jdbc);
    }

    @Bean
    JdbcAssessments assessments(JdbcClient jdbc) {
        return new JdbcAssessments(jdbc);
    }

    @Bean
    RunLock runLock(JdbcClient jdbc, Clock clock) {
        return new RunLock(jdbc, clock);
    }

    @Bean
    JavaMigration springBatchSchema() {
        return new SpringBatchSchemaMigration();
    }
}
