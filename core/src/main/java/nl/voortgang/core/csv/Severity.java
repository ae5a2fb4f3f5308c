package nl.voortgang.core.csv;

/** How bad a problem is: an error rejects the file; a warning is reported but never rejects. */
public enum Severity {
    ERROR("fout"),
    WARNING("waarschuwing");

    private final String dutch;

    Severity(String dutch) {
        this.dutch = dutch;
    }

    public String dutch() {
        return dutch;
    }
}
