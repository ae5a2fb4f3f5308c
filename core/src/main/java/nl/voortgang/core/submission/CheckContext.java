package nl.voortgang.core.submission;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import nl.voortgang.core.alliance.Alliance;
import nl.voortgang.core.csv.Problem;
import nl.voortgang.core.csv.ProblemCode;
import nl.voortgang.core.organisation.OrganisationCode;

/** What a kind's own checks know about the file they check, and where they put the problems they find. */
final class CheckContext {

    private final String file;
    private final OrganisationCode sender;
    private final Alliance alliance;
    private final int year;
    private final long firstLine;
    private final Submissions submissions;
    private final Consumer<Problem> problems;
    private final Map<Object, Long> seen = new HashMap<>();

    CheckContext(String file, OrganisationCode sender, Alliance alliance, int year, long firstLine, Submissions submissions,
                 Consumer<Problem> problems) {
        this.file = file;
        this.sender = sender;
        this.alliance = alliance;
        this.year = year;
        this.firstLine = firstLine;
        this.submissions = submissions;
        this.problems = problems;
    }

    String file() {
        return file;
    }

    OrganisationCode sender() {
        return sender;
    }

    Alliance alliance() {
        return alliance;
    }

    int year() {
        return year;
    }

    /** The line of the file's first row, which set its alliance and year. */
    long firstLine() {
        return firstLine;
    }

    Submissions submissions() {
        return submissions;
    }

    void error(ProblemCode code, long line, String column, String value, String message, String hint) {
        problems.accept(Problem.error(code, file, line, column, value, message, hint));
    }

    void warning(ProblemCode code, long line, String column, String value, String message, String hint) {
        problems.accept(Problem.warning(code, file, line, column, value, message, hint));
    }

    /**
     * Reports a second row with the same key; {@code messageWithLine} has a {@code %d} for the earlier line. True for
     * the first row with the key.
     */
    boolean once(long line, Object key, String column, String value, String messageWithLine, String hint) {
        Long earlier = seen.putIfAbsent(key, line);
        if (earlier != null) {
            error(ProblemCode.DUPLICATE_ROW, line, column, value, String.format(messageWithLine, earlier), hint);
            return false;
        }
        return true;
    }
}
