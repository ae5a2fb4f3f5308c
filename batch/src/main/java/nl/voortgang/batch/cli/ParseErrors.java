package nl.voortgang.batch.cli;

import static nl.voortgang.batch.cli.CommandLineTexts.text;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.MaxValuesExceededException;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.MutuallyExclusiveArgsException;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A mistake in the command line in Dutch. picocli builds its parse errors as English sentences in its code, not from
 * the resource bundle, so they are told apart here by the exception and what it carries (the option, the value, the
 * unmatched argument), and said again in the words of {@code CommandLineTexts.properties}.
 */
final class ParseErrors {

    /** picocli's one message for an option followed by another option where its value should be. */
    private static final Pattern VALUE_MISSING_BEFORE = Pattern.compile("^Unknown option: '(.*?)'; Expected parameter for option '(.*?)'.*");

    private ParseErrors() {
    }

    /** What was wrong, in one sentence, and a suggestion ("Bedoelde u …?") on the next line when picocli has one. */
    static String explain(ParameterException e) {
        if (e instanceof UnmatchedArgumentException unmatched) {
            return unmatched(unmatched);
        }
        if (e instanceof MissingParameterException missing) {
            return missing(missing);
        }
        if (e instanceof MutuallyExclusiveArgsException) {
            return text("error.exclusive", names(e.getCommandLine().getCommandSpec().options().stream()
                    .filter(o -> o.group() != null && o.group().exclusive()).map(o -> (ArgSpec) o).toList(), text("error.and")));
        }
        if (e instanceof OverwrittenOptionException overwritten) {
            return text("error.specifiedTwice", name(overwritten.getOverwritten()));
        }
        if (e instanceof MaxValuesExceededException && e.getArgSpec() != null) {
            return text("error.tooManyValues", name(e.getArgSpec()));
        }
        if (e.getArgSpec() != null && e.getValue() != null && e.getCause() != null) {
            return text("error.invalidValue", name(e.getArgSpec()), e.getValue(), typeName(e.getArgSpec().type()));
        }
        return text("error.other", e.getMessage());
    }

    private static String unmatched(UnmatchedArgumentException e) {
        List<String> args = e.getUnmatched();
        if (args.isEmpty()) {
            Matcher m = VALUE_MISSING_BEFORE.matcher(String.valueOf(e.getMessage()));
            return m.matches() ? text("error.missingValueBefore", "'" + m.group(2) + "'", "'" + m.group(1) + "'") : text("error.other", e.getMessage());
        }
        String first = "'" + args.get(0) + "'";
        String sentence;
        Optional<String> suggestion;
        if (e.isUnknownOption()) {
            sentence = text("error.unknownOption", first);
            suggestion = e.getSuggestions().stream().reduce((a, b) -> a + text("error.or") + b);
        } else if (!e.getCommandLine().getSubcommands().isEmpty() && e.getCommandLine().getCommandSpec().positionalParameters().isEmpty()) {
            sentence = text("error.unknownCommand", first);
            suggestion = e.getSuggestions().stream().findFirst();
        } else {
            sentence = text("error.unmatchedArgument", first);
            suggestion = Optional.empty();
        }
        return suggestion.map(s -> sentence + System.lineSeparator() + text("error.didYouMean", s)).orElse(sentence);
    }

    private static String missing(MissingParameterException e) {
        List<ArgSpec> missing = e.getMissing();
        if (missing.isEmpty()) {
            return text("error.other", e.getMessage());
        }
        if (String.valueOf(e.getMessage()).startsWith("Missing required parameter for ")) {
            return text("error.missingValue", name(missing.get(0)), missing.get(0).paramLabel());
        }
        if (missing.stream().allMatch(a -> a.isOption() && a.group() != null && a.group().exclusive())) {
            return text("error.missingOneOf", names(missing, text("error.or")));
        }
        if (missing.stream().allMatch(ArgSpec::isOption)) {
            return text(missing.size() == 1 ? "error.missingOption" : "error.missingOptions", names(missing, text("error.and")));
        }
        return text("error.missingParameter", names(missing, text("error.and")));
    }

    /** {@code 'a'}, {@code 'a' en 'b'}, {@code 'a', 'b' en 'c'}. */
    private static String names(List<ArgSpec> args, String last) {
        List<String> names = args.stream().map(ParseErrors::name).toList();
        return names.size() == 1 ? names.get(0) : String.join(", ", names.subList(0, names.size() - 1)) + last + names.get(names.size() - 1);
    }

    /** An option by its longest name, a positional parameter by its label: {@code '--alliance'}, {@code 'BESTAND'}. */
    private static String name(ArgSpec arg) {
        if (arg instanceof OptionSpec option) {
            return "'" + option.longestName() + "'";
        }
        return "'" + ((PositionalParamSpec) arg).paramLabel() + "'";
    }

    private static String typeName(Class<?> type) {
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class || type == short.class || type == Short.class) {
            return text("type.integer");
        }
        if (type == double.class || type == Double.class || type == float.class || type == Float.class || Number.class.isAssignableFrom(type)) {
            return text("type.number");
        }
        return text("type.other");
    }
}
