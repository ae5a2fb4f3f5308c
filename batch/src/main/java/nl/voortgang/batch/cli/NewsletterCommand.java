package nl.voortgang.batch.cli;

import nl.voortgang.reports.NewsletterRenderer;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import nl.voortgang.batch.Console;
import nl.voortgang.batch.report.ReportPublisher;
import nl.voortgang.core.progress.ReportUnavailable;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "newsletter", mixinStandardHelpOptions = true,
        description = "Maakt een editie van de nieuwsbrief als PDF: nieuws, de voortgang per alliantie, de agenda en een organisatieprofiel.",
        footer = {"", "Voorbeeld:", "  voortgang newsletter --edition 2019-06 --out nieuwsbrief-2019-06.pdf"})
public class NewsletterCommand implements SpringCommand {

    @Option(names = "--edition", required = true, paramLabel = "JJJJ-MM", description = "De editie, zoals 2019-06.")
    String edition;

    @Option(names = "--out", required = true, paramLabel = "BESTAND.pdf", description = "Waar de PDF komt.")
    Path out;

    @Override
    public Runnable preparation() {
        return () -> new NewsletterRenderer().warmUp();
    }

    @Override
    public boolean onlyReads() {
        return true;
    }

    @Override
    public int run(ApplicationContext context, Console console) {
        YearMonth month;
        try {
            month = YearMonth.parse(edition);
        } catch (DateTimeParseException e) {
            console.refuse("'" + edition + "' is geen editie: schrijf jaar en maand als 2019-06.");
            return ExitCodes.INPUT_REJECTED;
        }
        long started = System.nanoTime();
        try {
            context.getBean(ReportPublisher.class).writeNewsletter(month, out);
        } catch (ReportUnavailable | ReportPublisher.UnwritableTarget e) {
            console.refuse(e.getMessage());
            return ExitCodes.INPUT_REJECTED;
        }
        console.say("Nieuwsbrief " + month + " geschreven naar " + out.toAbsolutePath().normalize() + " ("
                + Console.seconds(java.time.Duration.ofNanos(System.nanoTime() - started)) + ").");
        return ExitCodes.OK;
    }
}
