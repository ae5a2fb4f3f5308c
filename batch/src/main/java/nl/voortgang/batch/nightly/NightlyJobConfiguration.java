package nl.voortgang.batch.nightly;

import java.time.Clock;
import java.util.Map;
import nl.voortgang.batch.Console;
import nl.voortgang.batch.ingest.FileIntake;
import nl.voortgang.batch.ingest.FileSteps;
import nl.voortgang.batch.report.ReportOutputs;
import nl.voortgang.batch.report.ReportPublisher;
import nl.voortgang.core.organisation.Organisations;
import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.support.transaction.ResourcelessTransactionManager;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * {@code nightlyJob}: inbox in, reports out.
 * <pre>
 * ingestInboxStep ──▶ writeReportsStep ──▶ writeSummaryStep
 * </pre>
 * {@code ingestInboxStep} takes every file of the inbox through the one ingest flow, one unit of work per
 * transaction of the step, each with the file's fate ({@link FileSteps}, {@link NightlyInbox}); files are moved after
 * their fate is committed. Every step can be run again: a run killed at any moment is restarted where it stopped,
 * from what Voortgang's own tables say, and ends as an uninterrupted run would.
 */
@Configuration(proxyBeanMethods = false)
class NightlyJobConfiguration {

    @Bean
    Job nightlyJob(JobRepository jobRepository, Step ingestInboxStep, Step writeReportsStep, Step writeSummaryStep) {
        return new JobBuilder("nightlyJob", jobRepository).start(ingestInboxStep).next(writeReportsStep).next(writeSummaryStep).build();
    }

    @Bean
    Step ingestInboxStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, FileSteps ingestInboxTasklet) {
        return new StepBuilder("ingestInboxStep", jobRepository).tasklet(ingestInboxTasklet, transactionManager).build();
    }

    @Bean
    Step writeReportsStep(JobRepository jobRepository, WriteReportsTasklet writeReportsTasklet) {
        return new StepBuilder("writeReportsStep", jobRepository).tasklet(writeReportsTasklet, new ResourcelessTransactionManager()).build();
    }

    @Bean
    Step writeSummaryStep(JobRepository jobRepository, WriteSummaryTasklet writeSummaryTasklet) {
        return new StepBuilder("writeSummaryStep", jobRepository).tasklet(writeSummaryTasklet, new ResourcelessTransactionManager())
                .allowStartIfComplete(true).build();
    }

    @Bean
    @JobScope
    FileSteps ingestInboxTasklet(@Value("#{jobParameters}") Map<String, Object> parameters, FileIntake intake, NightlyFiles events,
                                 Organisations organisations, PlatformTransactionManager transactionManager, Console console, Clock clock) {
        return new FileSteps(new NightlyInbox(NightlyParameters.of(parameters), intake, events, organisations, clock), intake,
                transactionManager, console);
    }

    @Bean
    @JobScope
    WriteReportsTasklet writeReportsTasklet(@Value("#{jobParameters}") Map<String, Object> parameters, ReportPublisher publisher,
                                            Console console) {
        return new WriteReportsTasklet(NightlyParameters.of(parameters), publisher, console);
    }

    @Bean
    @JobScope
    WriteSummaryTasklet writeSummaryTasklet(@Value("#{jobParameters}") Map<String, Object> parameters, NightlyFiles events,
                                            ReportOutputs outputs, Console console, Clock clock) {
        return new WriteSummaryTasklet(NightlyParameters.of(parameters), events, outputs, console, clock);
    }
}
