package nl.voortgang.batch.ingest;

import java.time.Clock;
import nl.voortgang.batch.Console;
import nl.voortgang.batch.DataDirectory;
import nl.voortgang.batch.JobRuns;
import nl.voortgang.batch.storage.JdbcRows;
import nl.voortgang.batch.workbook.Workbooks;
import nl.voortgang.core.alliance.Alliances;
import nl.voortgang.core.csv.Tables;
import nl.voortgang.core.organisation.Organisations;
import nl.voortgang.core.reference.ReferenceUpdate;
import nl.voortgang.core.submission.SubmissionIntake;
import nl.voortgang.core.submission.Submissions;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The ingest flow over the database: core's intake on the JDBC store, the ingest's own tables, and the service. */
@Configuration(proxyBeanMethods = false)
class IngestConfiguration {

    /** The console of the command line when it started the application; standard output otherwise (tests). */
    @Bean
    @ConditionalOnMissingBean(Console.class)
    Console console() {
        return new Console(System.out);
    }

    @Bean
    RejectedFiles rejectedFiles(JdbcClient jdbc, DataDirectory dataDirectory) {
        return new RejectedFiles(jdbc, dataDirectory);
    }

    @Bean
    ReferenceFiles referenceFiles(JdbcClient jdbc) {
        return new ReferenceFiles(jdbc);
    }

    @Bean
    JdbcSubmissionStore submissionStore(JdbcClient jdbc, JdbcRows rows, Submissions submissions, RejectedFiles rejectedFiles,
                                        DataDirectory dataDirectory, PlatformTransactionManager transactionManager, Clock clock) {
        return new JdbcSubmissionStore(jdbc, rows, submissions, rejectedFiles, dataDirectory, new TransactionTemplate(transactionManager), clock);
    }

    @Bean
    SubmissionIntake submissionIntake(Organisations organisations, Alliances alliances, Submissions submissions, JdbcSubmissionStore store,
                                      Clock clock) {
        return new SubmissionIntake(organisations, alliances, submissions, store, clock).readingWith(Tables.csv().with(new Workbooks()));
    }

    @Bean
    FileIntake fileIntake(SubmissionIntake intake, JdbcSubmissionStore store, ReferenceUpdate referenceUpdate,
                          ReferenceFiles referenceFiles, RejectedFiles rejectedFiles, DataDirectory dataDirectory,
                          PlatformTransactionManager transactionManager, Clock clock) {
        return new FileIntake(intake, store, referenceUpdate, referenceFiles, rejectedFiles, dataDirectory,
                new TransactionTemplate(transactionManager), clock);
    }

    @Bean
    IngestService ingestService(JobOperator jobOperator, JobRuns jobRuns, Job ingestJob, FileIntake intake) {
        return new IngestService(jobOperator, jobRuns, ingestJob, intake);
    }
}
