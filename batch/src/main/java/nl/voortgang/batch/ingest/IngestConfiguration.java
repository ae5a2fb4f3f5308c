package nl.voortgang.batch.ingest;

import java.time.Clock;
import nl.voortgang.batch.Console;
import nl.voortgang.batch.DataDirectory;
import nl.voortgang.batch.storage.JdbcOrganisations;
import nl.voortgang.batch.storage.JdbcSubmissions;
import nl.voortgang.batch.storage.ReferenceFiles;
import nl.voortgang.batch.storage.RejectedFiles;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class IngestConfiguration {

    /** The console of the command line when it started the application; standard output otherwise (tests). */
    @Bean
    @ConditionalOnMissingBean(Console.class)
    Console console() {
        return new Console(System.out);
    }

    @Bean
    IngestService ingestService(JobOperator jobOperator, JobRepository jobRepository, Job submissionIngestJob, Job referenceIngestJob,
                                JdbcOrganisations organisations, JdbcSubmissions submissions, RejectedFiles rejectedFiles,
                                ReferenceFiles referenceFiles, DataDirectory dataDirectory, Console console, Clock clock) {
        return new IngestService(jobOperator, jobRepository, submissionIngestJob, referenceIngestJob, organisations, submissions,
                rejectedFiles, referenceFiles, dataDirectory, console, clock);
    }
}
