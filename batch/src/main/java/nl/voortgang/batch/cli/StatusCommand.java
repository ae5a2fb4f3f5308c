package nl.voortgang.batch.cli;

import nl.voortgang.batch.Console;
import nl.voortgang.batch.status.StatusReport;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Toont de inzendingen per alliantie, partner, jaar en soort, met versies en status; geweigerde bestanden; "
                + "referentiebestanden; en de recente taken.")
public class StatusCommand implements SpringCommand {

    @Option(names = "--alliance", paramLabel = "CODE", description = "Alleen deze alliantie.")
    String alliance;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "10", description = "Hoeveel recente taken per taak (nachtelijke run, inlezen; standaard ${DEFAULT-VALUE}).")
    int runs;

    @Override
    public boolean onlyReads() {
        return true;
    }

    @Override
    public int run(ApplicationContext context, Console console) {
        StatusReport status = context.getBean(StatusReport.class);
        String code = alliance == null ? null : alliance.toUpperCase(java.util.Locale.ROOT);
        var refusal = status.refusal(code);
        if (refusal.isPresent()) {
            console.refuse(refusal.get());
            return ExitCodes.INPUT_REJECTED;
        }
        status.lines(code, runs).forEach(console::print);
        return ExitCodes.OK;
    }
}
