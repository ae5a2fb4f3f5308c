package nl.voortgang.batch.ingest;

import java.time.Clock;
import nl.voortgang.batch.Console;
import nl.voortgang.batch.storage.JdbcAlliances;
import nl.voortgang.batch.storage.JdbcSubmissions;
import nl.voortgang.batch.storage.RejectedFiles;
import nl.voortgang.batch.storage.SubmissionRows;
import nl.voortgang.core.submission.SubmissionKind;
import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.configuration.annotation.StepScope;
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
 * {@code submissionIngestJob}: one partner file, validated whole, then stored in chunks, then accepted.
 * <pre>
 * validateSubmissionStep ──REJECTED──▶ end (the file is kept with its problems; nothing is stored)
 *        │
 *        └──▶ storeSubmissionRowsStep (restartable, chunks of {@value #CHUNK} rows) ──▶ acceptSubmissionStep
 * </pre>
 * Until the last step the submission is pending and invisible; a failure anywhere leaves a job that the same
 * command restarts where it stopped.
 */
@Configuration(proxyBeanMethods = false)
public class SubmissionIngestJobConfiguration {

    /** Rows per transaction and per JDBC batch. */
    public static final int CHUNK = 5_000;

    @Bean
    Job submissionIngestJob(JobRepository jobRepository, Step validateSubmissionStep, Step storeSubmissionRowsStep,
                            Step acceptSubmissionStep) {
        return new JobBuilder("submissionIngestJob", jobRepository)
                .start(validateSubmissionStep).on(ValidateSubmissionTasklet.REJECTED.getExitCode()).end(ValidateSubmissionTasklet.REJECTED.getExitCode())
                .from(validateSubmissionStep).on("*").to(storeSubmissionRowsStep).next(acceptSubmissionStep)
                .end()
                .build();
    }

    @Bean
    Step validateSubmissionStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                ValidateSubmissionTasklet validateSubmissionTasklet) {
        return new StepBuilder("validateSubmissionStep", jobRepository).tasklet(validateSubmissionTasklet, transactionManager).build();
    }

    @Bean
    @JobScope
    ValidateSubmissionTasklet validateSubmissionTasklet(@Value("#{jobParameters}") java.util.Map<String, Object> parameters,
                                                        JdbcAlliances alliances, JdbcSubmissions submissions, RejectedFiles rejectedFiles,
                                                        Console console, Clock clock) {
        return new ValidateSubmissionTasklet(IngestParameters.of(parameters), alliances, submissions, rejectedFiles, console, clock);
    }

    @Bean
    Step storeSubmissionRowsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                 PartnerRowReader partnerRowReader, SubmissionRowWriter submissionRowWriter) {
        return new StepBuilder("storeSubmissionRowsStep", jobRepository).<SubmissionRows.Line, SubmissionRows.Line>chunk(CHUNK)
                .transactionManager(transactionManager)
                .reader(partnerRowReader)
                .writer(submissionRowWriter)
                .build();
    }

    @Bean
    @StepScope
    PartnerRowReader partnerRowReader(@Value("#{jobParameters['keptCopy']}") String keptCopy,
                                      @Value("#{jobParameters['submitter']}") String submitter,
                                      @Value("#{jobExecutionContext['alliance']}") String alliance,
                                      @Value("#{jobExecutionContext['year']}") Integer year,
                                      @Value("#{jobExecutionContext['kind']}") String kind) {
        return new PartnerRowReader(java.nio.file.Path.of(keptCopy), new nl.voortgang.core.submission.SubmissionKey(
                nl.voortgang.core.alliance.AllianceCode.of(alliance), nl.voortgang.core.organisation.OrganisationCode.of(submitter), year,
                SubmissionKind.valueOf(kind)));
    }

    @Bean
    @StepScope
    SubmissionRowWriter submissionRowWriter(@Value("#{jobExecutionContext['submissionId']}") Long submissionId,
                                            @Value("#{jobExecutionContext['kind']}") String kind, SubmissionRows rows, Console console) {
        return new SubmissionRowWriter(submissionId, SubmissionKind.valueOf(kind), rows, console);
    }

    @Bean
    Step acceptSubmissionStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, JdbcSubmissions submissions,
                              Clock clock) {
        return new StepBuilder("acceptSubmissionStep", jobRepository)
                .tasklet(new AcceptSubmissionTasklet(submissions, clock), transactionManager).build();
    }
}
