package nl.voortgang.batch.ingest;

import java.time.Clock;
import nl.voortgang.batch.storage.ReferenceFiles;
import nl.voortgang.batch.storage.RejectedFiles;
import nl.voortgang.core.reference.ReferenceUpdate;
import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/** {@code referenceIngestJob}: one reference file of the secretariat, loaded whole or refused whole. */
@Configuration(proxyBeanMethods = false)
public class ReferenceIngestJobConfiguration {

    @Bean
    Job referenceIngestJob(JobRepository jobRepository, Step loadReferenceFileStep) {
        return new JobBuilder("referenceIngestJob", jobRepository).start(loadReferenceFileStep).build();
    }

    @Bean
    Step loadReferenceFileStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                               LoadReferenceFileTasklet loadReferenceFileTasklet) {
        return new StepBuilder("loadReferenceFileStep", jobRepository).tasklet(loadReferenceFileTasklet, transactionManager).build();
    }

    @Bean
    @JobScope
    LoadReferenceFileTasklet loadReferenceFileTasklet(@Value("#{jobParameters}") java.util.Map<String, Object> parameters, ReferenceUpdate referenceUpdate,
                                                      ReferenceFiles referenceFiles, RejectedFiles rejectedFiles, Clock clock) {
        return new LoadReferenceFileTasklet(IngestParameters.of(parameters), referenceUpdate, referenceFiles, rejectedFiles, clock);
    }
}
