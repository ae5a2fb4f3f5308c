package nl.voortgang.batch.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Reads the command line without starting anything, so that help and mistakes answer at once: help asked for goes
 * to standard output; a mistake is said in Dutch on standard error, followed by the usage of the command it was
 * made in, and ends with exit code 2.
 */
public final class CommandLineReader {

    /** What the command line asks for. */
    public sealed interface Request permits Answered, ToRun {
    }

    /** Nothing to run: help was printed, or the command line was refused. */
    public record Answered(int exitCode) implements Request {
    }

    /** A command to run on a data directory. */
    public record ToRun(SpringCommand command, Path dataDir) implements Request {
    }

    private CommandLineReader() {
    }

    public static Request read(PrintStream out, PrintStream err, String... args) {
        PrintWriter outWriter = writerOn(out);
        PrintWriter errWriter = writerOn(err);
        VoortgangCommand root = new VoortgangCommand();
        CommandLine cli = new CommandLine(root).setResourceBundle(CommandLineTexts.bundle()).setOut(outWriter).setErr(errWriter);
        ParseResult parsed;
        try {
            parsed = cli.parseArgs(args);
        } catch (ParameterException e) {
            errWriter.println(ParseErrors.explain(e));
            errWriter.println();
            e.getCommandLine().usage(errWriter);
            return new Answered(ExitCodes.INPUT_REJECTED);
        }
        Integer help = CommandLine.executeHelpRequest(parsed);
        if (help != null) {
            return new Answered(help);
        }
        if (!parsed.hasSubcommand()) {
            errWriter.println(CommandLineTexts.text("error.noCommand"));
            errWriter.println();
            cli.usage(errWriter);
            return new Answered(ExitCodes.INPUT_REJECTED);
        }
        Object command = parsed.subcommand().commandSpec().userObject();
        if (command instanceof HelpCommand helpCommand) {
            return new Answered(helpCommand.run(cli, outWriter, errWriter));
        }
        return new ToRun((SpringCommand) command, root.dataDir());
    }

    /** A writer that leaves the encoding to the stream (the console's, or the one a test chose). */
    private static PrintWriter writerOn(PrintStream stream) {
        return new PrintWriter(new Writer() {
            @Override
            public void write(char[] chars, int offset, int length) {
                stream.print(new String(chars, offset, length));
            }

            @Override
            public void flush() {
                stream.flush();
            }

            @Override
            public void close() {
                stream.flush();
            }
        }, true);
    }

    /** The commands a user may give (not the hidden ones). */
    static List<String> visibleCommands(CommandLine root) {
        return root.getSubcommands().entrySet().stream().filter(e -> !e.getValue().getCommandSpec().usageMessage().hidden())
                .map(java.util.Map.Entry::getKey).toList();
    }
}
