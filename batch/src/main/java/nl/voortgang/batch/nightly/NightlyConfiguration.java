package nl.voortgang.batch.nightly;

import nl.voortgang.batch.Console;
import nl.voortgang.batch.JobRuns;
import nl.voortgang.batch.report.ReportOutputs;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The nightly run's own table and the service that starts (or restarts) a run. */
@Configuration(proxyBeanMethods = false)
class NightlyConfiguration {

    @Bean
    NightlyFiles nightlyFiles(JdbcClient jdbc) {
        return new NightlyFiles(jdbc);
    }

    @Bean
    NightlyService nightlyService(JobOperator jobOperator, JobRepository jobRepository, JobRuns jobRuns, Job nightlyJob, NightlyFiles events,
                                  ReportOutputs outputs, Console console) {
        return new NightlyService(jobOperator, jobRepository, jobRuns, nightlyJob, events, outputs, console);
    }
}
