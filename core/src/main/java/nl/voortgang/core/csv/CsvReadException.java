package nl.voortgang.core.csv;

import java.io.IOException;

/**
 * The file itself cannot be read on (a quote in a CSV file that is never closed, a damaged worksheet). Carries the
 * place, or the problem itself, so that it can be turned into a {@link Problem}.
 */
public final class CsvReadException extends RuntimeException {

    private final String file;
    private final long line;
    private final Problem problem;

    public CsvReadException(String file, long line, IOException cause) {
        super(file + ", regel " + line + ": " + cause.getMessage(), cause);
        this.file = file;
        this.line = line;
        this.problem = null;
    }

    /** A file of another kind than CSV that cannot be read on, with the problem that says so. */
    public CsvReadException(Problem problem, Throwable cause) {
        super(problem.describe(), cause);
        this.file = problem.file();
        this.line = problem.line();
        this.problem = problem;
    }

    public Problem toProblem() {
        if (problem != null) {
            return problem;
        }
        String cause = String.valueOf(getCause().getMessage());
        boolean unclosed = cause.contains("EOF reached before encapsulated token finished");
        String message = unclosed
                ? "Een aanhalingsteken (\") op deze regel wordt nergens gesloten; vanaf hier kan het bestand niet worden gelezen."
                : "De CSV-opmaak klopt niet vanaf deze regel; vanaf hier kan het bestand niet worden gelezen.";
        return Problem.error(unclosed ? ProblemCode.QUOTE_NOT_CLOSED : ProblemCode.CSV_MALFORMED, file, line, "", "", message,
                "Sluit elk aanhalingsteken, of sla het bestand opnieuw op vanuit Excel als 'CSV (gescheiden door lijstscheidingsteken)'.");
    }
}
