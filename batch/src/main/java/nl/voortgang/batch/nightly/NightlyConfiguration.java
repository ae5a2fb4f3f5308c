package nl.voortgang.batch.nightly;

import nl.voortgang.batch.Console;
import nl.voortgang.batch.storage.NightlyFiles;
import nl.voortgang.batch.storage.ReportOutputs;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class NightlyConfiguration {

    @Bean
    NightlyService nightlyService(JobOperator jobOperator, JobRepository jobRepository, Job nightlyJob, NightlyFiles events,
                                  ReportOutputs outputs, Console console) {
        return new NightlyService(jobOperator, jobRepository, nightlyJob, events, outputs, console);
    }
}
