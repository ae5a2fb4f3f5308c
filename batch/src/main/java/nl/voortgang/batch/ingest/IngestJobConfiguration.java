package nl.voortgang.batch.ingest;

import nl.voortgang.batch.Console;
import nl.voortgang.batch.JobRuns;
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

/**
 * {@code ingestJob}: the files of one {@code ingest} command through the one ingest flow.
 * <pre>
 * ingestFilesStep (one unit of work of the flow per transaction, see {@link FileSteps})
 * </pre>
 */
@Configuration(proxyBeanMethods = false)
class IngestJobConfiguration {

    @Bean
    Job ingestJob(JobRepository jobRepository, Step ingestFilesStep) {
        return new JobBuilder("ingestJob", jobRepository).start(ingestFilesStep).build();
    }

    @Bean
    Step ingestFilesStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, FileSteps ingestFilesTasklet) {
        return new StepBuilder("ingestFilesStep", jobRepository).tasklet(ingestFilesTasklet, transactionManager).build();
    }

    @Bean
    @JobScope
    FileSteps ingestFilesTasklet(@Value("#{jobParameters['" + JobRuns.RUN + "']}") Long run, IngestService ingest, FileIntake intake,
                                 PlatformTransactionManager transactionManager, Console console) {
        return new FileSteps(ingest.queueOf(run), intake, transactionManager, console);
    }
}
