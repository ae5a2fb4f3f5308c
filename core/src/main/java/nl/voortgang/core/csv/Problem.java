package nl.voortgang.core.csv;

import java.util.Objects;

/**
 * One thing wrong with a file, said so that a partner can fix it: where (file, line, column), the value
 * found, what is wrong and how to fix it. Messages are Dutch, like the partners who read them.
 *
 * @param code   what kind of problem this is: a stable code beside the text, for tools that map or translate problems
 * @param line   the line in the file where the record starts (1 is the header); 0 for the file as a whole
 * @param column the column's name as the format documents it; empty for a whole line or file
 * @param value  the value found, as written; empty when there is none. A longer value than {@link #QUOTED} characters is
 *               kept as its start and an ellipsis: a problem never echoes a whole megabyte cell
 */
public record Problem(ProblemCode code, String file, long line, String column, String value, String message, String hint,
                      Severity severity) {

    public Problem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(severity, "severity");
        column = quote(column == null ? "" : column);
        value = quote(value == null ? "" : value);
        hint = hint == null ? "" : hint;
    }

    /** How much of a value a problem quotes. */
    public static final int QUOTED = 80;

    /** A value as a problem quotes it: at most {@link #QUOTED} characters, with an ellipsis where it was cut. */
    public static String quote(String value) {
        if (value.length() <= QUOTED) {
            return value;
        }
        int end = QUOTED - 1;
        if (Character.isHighSurrogate(value.charAt(end - 1))) {
            end--;
        }
        return value.substring(0, end) + "…";
    }

    public static Problem error(ProblemCode code, String file, long line, String column, String value, String message, String hint) {
        return new Problem(code, file, line, column, value, message, hint, Severity.ERROR);
    }

    public static Problem warning(ProblemCode code, String file, long line, String column, String value, String message, String hint) {
        return new Problem(code, file, line, column, value, message, hint, Severity.WARNING);
    }

    /** A problem with the file as a whole (empty, binary, unreadable). */
    public static Problem ofFile(ProblemCode code, String file, String message, String hint) {
        return new Problem(code, file, 0, "", "", message, hint, Severity.ERROR);
    }

    /** The same problem, said of a file of another name (the name it was sent under, rather than a stored copy's). */
    public Problem inFile(String name) {
        return new Problem(code, name, line, column, value, message, hint, severity);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /**
     * How many errors a list of problems stands for: its errors, and the errors a {@link ProblemCode#MORE_PROBLEMS} problem
     * at its end says were left out (its value is that number).
     */
    public static long errorCount(java.util.List<Problem> problems) {
        long count = 0;
        for (Problem problem : problems) {
            if (problem.code() == ProblemCode.MORE_PROBLEMS) {
                count += problem.value().chars().allMatch(Character::isDigit) && !problem.value().isEmpty() ? Long.parseLong(problem.value()) : 0;
            } else if (problem.isError()) {
                count++;
            }
        }
        return count;
    }

    /** One readable line: {@code begroting.csv, regel 4, kolom 'bedrag' ("12,3,4"): ... Oplossing: ...}. */
    public String describe() {
        StringBuilder text = new StringBuilder(file);
        if (line > 0) {
            text.append(", regel ").append(line);
        }
        if (!column.isEmpty()) {
            text.append(", kolom '").append(column).append('\'');
        }
        if (!value.isEmpty()) {
            text.append(" (\"").append(value).append("\")");
        }
        text.append(": ");
        if (severity == Severity.WARNING) {
            text.append("waarschuwing: ");
        }
        text.append(message);
        if (!hint.isEmpty()) {
            text.append(" Oplossing: ").append(hint);
        }
        return text.toString();
    }
}
