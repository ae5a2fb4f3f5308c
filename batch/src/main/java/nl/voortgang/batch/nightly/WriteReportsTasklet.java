package nl.voortgang.batch.nightly;

import nl.voortgang.batch.Console;
import nl.voortgang.batch.report.ReportPublisher;
import nl.voortgang.core.progress.ReportUnavailable;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Writes the progress report of every alliance whose data changed, and the current newsletter, to the output
 * folder. Which PDFs to write is decided from the data's fingerprint, not from what this run ingested: a run that
 * was killed after ingesting but before writing writes them when it is started again.
 */
class WriteReportsTasklet implements Tasklet {

    private final NightlyParameters parameters;
    private final ReportPublisher publisher;
    private final Console console;

    WriteReportsTasklet(NightlyParameters parameters, ReportPublisher publisher, Console console) {
        this.parameters = parameters;
        this.publisher = publisher;
        this.console = console;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        for (ReportPublisher.Planned pdf : publisher.planned(parameters.out())) {
            if (!publisher.isOutdated(pdf)) {
                continue;
            }
            long started = System.nanoTime();
            try {
                publisher.publish(pdf, parameters.run());
                console.say("PDF geschreven: " + pdf.target() + " (" + Console.seconds(java.time.Duration.ofNanos(System.nanoTime() - started)) + ").");
            } catch (ReportUnavailable e) {
                console.say("Geen PDF voor " + pdf.target().getFileName() + ": " + e.getMessage());
            }
        }
        return RepeatStatus.FINISHED;
    }
}
