package nl.voortgang.batch.nightly;

import java.time.Clock;
import java.util.Map;
import nl.voortgang.batch.Console;
import nl.voortgang.batch.ingest.IngestService;
import nl.voortgang.batch.report.ReportPublisher;
import nl.voortgang.batch.storage.NightlyFiles;
import nl.voortgang.batch.storage.ReportOutputs;
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

/**
 * {@code nightlyJob}: inbox in, reports out.
 * <pre>
 * ingestInboxStep ──▶ writeReportsStep ──▶ writeSummaryStep
 * </pre>
 * Each file is ingested by its own {@code submissionIngestJob} or {@code referenceIngestJob}, with its own
 * transactions; the nightly steps therefore hold no database transaction of their own. Every step can be run
 * again: a run killed at any moment is restarted where it stopped and ends as an uninterrupted run would.
 */
@Configuration(proxyBeanMethods = false)
public class NightlyJobConfiguration {

    @Bean
    Job nightlyJob(JobRepository jobRepository, Step ingestInboxStep, Step writeReportsStep, Step writeSummaryStep) {
        return new JobBuilder("nightlyJob", jobRepository).start(ingestInboxStep).next(writeReportsStep).next(writeSummaryStep).build();
    }

    @Bean
    Step ingestInboxStep(JobRepository jobRepository, IngestInboxTasklet ingestInboxTasklet) {
        return new StepBuilder("ingestInboxStep", jobRepository).tasklet(ingestInboxTasklet, new ResourcelessTransactionManager()).build();
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
    IngestInboxTasklet ingestInboxTasklet(@Value("#{jobParameters}") Map<String, Object> parameters, IngestService ingest,
                                          Organisations organisations, NightlyFiles events, Console console, Clock clock) {
        return new IngestInboxTasklet(NightlyParameters.of(parameters), ingest, organisations, events, console, clock);
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
