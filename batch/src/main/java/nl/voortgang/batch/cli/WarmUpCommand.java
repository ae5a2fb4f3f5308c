package nl.voortgang.batch.cli;

import nl.voortgang.batch.Console;
import nl.voortgang.batch.status.StatusReport;
import nl.voortgang.reports.NewsletterRenderer;
import nl.voortgang.reports.ProgressReportRenderer;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine.Command;

/**
 * Starts the application and goes through what the short commands load (status, report and newsletter rendering),
 * writing nothing but the database of its data directory. The build runs it once to record the classes for
 * class-data sharing (see {@code batch/src/main/launcher}); not meant for users, so hidden from the help.
 */
@Command(name = "warm-up", hidden = true, description = "Laadt wat status, report en newsletter nodig hebben (voor de build).")
public class WarmUpCommand implements SpringCommand {

    @Override
    public int run(ApplicationContext context, Console console) {
        context.getBean(StatusReport.class).lines(null, 10);
        new ProgressReportRenderer().warmUp();
        new NewsletterRenderer().warmUp();
        return ExitCodes.OK;
    }
}
