package nl.voortgang.batch.nightly;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import nl.voortgang.batch.Console;
import nl.voortgang.batch.ingest.FileOutcome.Fate;
import nl.voortgang.batch.report.ReportOutputs;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/** Writes the run's summary to {@code nachtelijke-run.json} in the output folder and says it on the console. */
class WriteSummaryTasklet implements Tasklet {

    public static final String SUMMARY_FILE = "nachtelijke-run.json";
    /** The folder beside it that keeps the summary of every run that did something, one file per run. */
    public static final String HISTORY = "nachtelijke-runs";

    private final NightlyParameters parameters;
    private final NightlyFiles events;
    private final ReportOutputs outputs;
    private final Console console;
    private final Clock clock;

    WriteSummaryTasklet(NightlyParameters parameters, NightlyFiles events, ReportOutputs outputs, Console console, Clock clock) {
        this.parameters = parameters;
        this.events = events;
        this.outputs = outputs;
        this.console = console;
        this.clock = clock;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        var jobExecution = chunkContext.getStepContext().getStepExecution().getJobExecution();
        Instant started = jobExecution.getCreateTime() == null ? clock.instant()
                : jobExecution.getCreateTime().atZone(java.time.ZoneId.systemDefault()).toInstant();
        RunSummary summary = RunSummary.of(parameters, started, clock.instant(), events.of(parameters.run()), outputs.writtenIn(parameters.run()));
        Path target = parameters.out().resolve(SUMMARY_FILE);
        boolean kept = summary.nothingToDo() && Files.exists(target);
        if (!summary.nothingToDo()) {
            write(parameters.out().resolve(HISTORY).resolve(String.format("run-%06d.json", summary.run())), summary);
        }
        if (!kept) {
            write(target, summary);
        }
        say(summary, kept);
        return RepeatStatus.FINISHED;
    }

    /** A run that had nothing to do keeps the summary of the last run that did something (it is what a reader looks for). */
    private void say(RunSummary summary, boolean kept) {
        console.say("");
        long waiting = summary.count(Fate.LEFT_FOR_NEXT_RUN);
        if (summary.nothingToDo() && waiting == 0) {
            console.say("Nachtelijke run " + summary.run() + ": niets te doen. Geen nieuwe bestanden in " + summary.inbox()
                    + " en alle PDF's in " + summary.out() + " zijn bij.");
        } else if (summary.nothingToDo()) {
            console.say("Nachtelijke run " + summary.run() + ": " + waiting + " bestand(en) wachten op de volgende run: ze zijn in de laatste "
                    + parameters.settle().toSeconds() + " seconden gewijzigd en worden misschien nog geschreven. Zijn ze net gekopieerd "
                    + "(zonder hun tijden), start de run dan over " + parameters.settle().toSeconds() + " seconden opnieuw, of met --settle-seconds 0.");
        } else {
            long unread = summary.count(Fate.LEFT_UNREAD);
            console.say("Nachtelijke run " + summary.run() + ": " + summary.files().size() + " bestand(en): " + summary.count(Fate.ACCEPTED)
                    + " geaccepteerd, " + summary.count(Fate.ALREADY_INGESTED) + " al ingelezen, " + (summary.refused() - unread) + " geweigerd, "
                    + unread + " niet gelezen (koppelingen en bestanden buiten een partnermap), " + waiting + " wachten op de volgende run, "
                    + summary.count(Fate.FAILED) + " mislukt; " + summary.pdfs().size() + " PDF('s) geschreven.");
        }
        console.say((kept ? "Samenvatting van de laatste run die iets deed: " : "Samenvatting: ") + parameters.out().resolve(SUMMARY_FILE));
    }

    static void write(Path target, RunSummary summary) throws java.io.IOException {
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT);
        Files.createDirectories(target.getParent());
        Path partial = target.resolveSibling("." + target.getFileName() + ".part");
        json.writeValue(partial.toFile(), summary);
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
