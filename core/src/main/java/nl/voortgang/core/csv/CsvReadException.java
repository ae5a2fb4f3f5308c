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
        return Problem.error(file, line, "", "", "De CSV-opmaak klopt niet vanaf deze regel: " + getCause().getMessage(),
                "Controleer of elk aanhalingsteken (\") ook wordt gesloten; sla het bestand zo nodig opnieuw op vanuit Excel.");
    }
}
