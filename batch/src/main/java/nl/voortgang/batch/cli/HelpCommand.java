package nl.voortgang.batch.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code voortgang help [OPDRACHT]}: the help of voortgang, or of one command, on standard output. */
@Command(name = "help", description = "Toont de hulp bij voortgang, of bij één opdracht.",
        footer = {"", "Voorbeelden:", "  voortgang help", "  voortgang help report"})
final class HelpCommand {

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Toont de hulp bij help en stopt.")
    boolean help;

    @Parameters(arity = "0..1", paramLabel = "OPDRACHT", description = "De opdracht waarover u hulp wilt.")
    String topic;

    /** Prints the help asked for; an unknown command is refused on standard error. */
    int run(CommandLine root, PrintWriter out, PrintWriter err) {
        if (topic == null) {
            root.usage(out);
            return ExitCodes.OK;
        }
        CommandLine command = root.getSubcommands().get(topic);
        if (command == null) {
            err.println(CommandLineTexts.text("error.unknownHelpTopic", topic, String.join(", ", CommandLineReader.visibleCommands(root))));
            err.flush();
            return ExitCodes.INPUT_REJECTED;
        }
        command.usage(out);
        return ExitCodes.OK;
    }
}
