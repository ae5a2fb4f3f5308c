package nl.voortgang.samples.bench;

import com.zaxxer.hikari.HikariDataSource;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.support.TaskExecutorJobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.repository.support.JdbcJobRepositoryFactoryBean;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.database.JdbcBatchItemWriter;
import org.springframework.batch.infrastructure.item.database.builder.JdbcBatchItemWriterBuilder;
import org.springframework.batch.infrastructure.item.file.FlatFileItemReader;
import org.springframework.batch.infrastructure.item.file.builder.FlatFileItemReaderBuilder;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/**
 * (3) What a Spring user would write: a chunked Spring Batch job, {@code FlatFileItemReader} → {@code
 * JdbcBatchItemWriter}, bean-mapped, chunks of 1,000, no validation, into the same table in the same kind of
 * database (HSQLDB file mode with Voortgang's settings), with the job repository in it as Voortgang has.
 */
final class PlainSpringBatch {

    /** A booking as the plain job reads it (a JavaBean, so that the writer can map it by property). */
    public static class Booking {
        private long line;
        private String category;
        private BigDecimal amount;
        private LocalDate bookedOn;
        private String description;

        public long getSubmissionId() {
            return 1;
        }

        public long getLine() {
            return line;
        }

        public String getCategory() {
            return category;
        }

        public BigDecimal getAmount() {
            return amount;
        }

        public LocalDate getBookedOn() {
            return bookedOn;
        }

        public String getDescription() {
            return description;
        }

        public String getExplanation() {
            return null;
        }
    }

    private PlainSpringBatch() {
    }

    /** Returns the seconds the job took. */
    static double run(Path ledger, Path work) throws Exception {
        Path dataDir = Files.createDirectories(work.resolve("plain-spring-batch"));
        return run(ledger, Databases.voortgangUrl(dataDir), "SA", "", "hsqldb");
    }

    /** The same on any database; {@code schema} names Spring Batch's own script for it (hsqldb, postgresql). */
    static double run(Path ledger, String url, String user, String password, String schema) throws Exception {
        try (HikariDataSource dataSource = new HikariDataSource()) {
            dataSource.setJdbcUrl(url);
            dataSource.setUsername(user);
            dataSource.setPassword(password);
            new ResourceDatabasePopulator(new ClassPathResource("org/springframework/batch/core/schema-" + schema + ".sql")).execute(dataSource);
            try (var connection = dataSource.getConnection()) {
                connection.createStatement().execute(Databases.TABLE);
            }
            var transactionManager = new DataSourceTransactionManager(dataSource);
            JdbcJobRepositoryFactoryBean factory = new JdbcJobRepositoryFactoryBean();
            factory.setDataSource(dataSource);
            factory.setTransactionManager(transactionManager);
            factory.afterPropertiesSet();
            JobRepository repository = factory.getObject();
            TaskExecutorJobOperator operator = new TaskExecutorJobOperator();
            operator.setJobRepository(repository);
            operator.setJobRegistry(new org.springframework.batch.core.configuration.support.MapJobRegistry());
            operator.afterPropertiesSet();

            long[] line = {1};
            FlatFileItemReader<Booking> reader = new FlatFileItemReaderBuilder<Booking>().name("bookingReader")
                    .resource(new FileSystemResource(ledger)).encoding("UTF-8").linesToSkip(1)
                    .delimited().delimiter(";").names("alliantie", "partner", "jaar", "datum", "kostensoort", "gerealiseerd", "omschrijving",
                            "toelichting")
                    .fieldSetMapper(fields -> {
                        Booking b = new Booking();
                        b.line = ++line[0];
                        b.category = LedgerRows.category(fields.readString("kostensoort"));
                        b.amount = LedgerRows.amount(fields.readString("gerealiseerd"));
                        b.bookedOn = LocalDate.parse(fields.readString("datum"), LedgerRows.DUTCH_DATE);
                        b.description = fields.readString("omschrijving");
                        return b;
                    }).build();
            JdbcBatchItemWriter<Booking> writer = new JdbcBatchItemWriterBuilder<Booking>().dataSource(dataSource)
                    .sql("INSERT INTO bookings (submission_id, line_no, category, amount, booked_on, description, explanation) "
                            + "VALUES (:submissionId, :line, :category, :amount, :bookedOn, :description, :explanation)")
                    .beanMapped().build();
            writer.afterPropertiesSet();
            Job job = new JobBuilder("plainImportJob", repository)
                    .start(new StepBuilder("importStep", repository).<Booking, Booking>chunk(1_000).transactionManager(transactionManager)
                            .reader(reader).writer(writer).build())
                    .build();
            long started = System.nanoTime();
            JobExecution execution = operator.start(job, new JobParametersBuilder().addString("file", ledger.toString()).toJobParameters());
            double seconds = (System.nanoTime() - started) / 1e9;
            if (execution.getStatus() != BatchStatus.COMPLETED) {
                throw new IllegalStateException("the plain Spring Batch job failed: " + execution.getAllFailureExceptions());
            }
            return seconds;
        }
    }
}
