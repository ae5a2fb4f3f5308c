package nl.voortgang.core.csv;

import java.io.IOException;

/**
 * The CSV text itself cannot be read on (for example a quote that is never closed). Carries the place so that
 * it can be turned into a {@link Problem}.
 */
public final class CsvReadException extends RuntimeException {

    private final String file;
    private final long line;

    public CsvReadException(String file, long line, IOException cause) {
        super(file + ", regel " + line + ": " + cause.getMessage(), cause);
        this.file = file;
        this.line = line;
    }

    public Problem toProblem() {
        String cause = String.valueOf(getCause().getMessage());
        boolean unclosed = cause.contains("EOF reached before encapsulated token finished");
        String message = unclosed
                ? "Een aanhalingsteken (\") op deze regel wordt nergens gesloten; vanaf hier kan het bestand niet worden gelezen."
                : "De CSV-opmaak klopt niet vanaf deze regel; vanaf hier kan het bestand niet worden gelezen.";
        return Problem.error(unclosed ? ProblemCode.QUOTE_NOT_CLOSED : ProblemCode.CSV_MALFORMED, file, line, "", "", message,
                "Sluit elk aanhalingsteken, of sla het bestand opnieuw op vanuit Excel als 'CSV (gescheiden door lijstscheidingsteken)'.");
    }
}
