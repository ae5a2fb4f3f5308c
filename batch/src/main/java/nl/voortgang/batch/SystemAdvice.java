package nl.voortgang.batch;

/** Turns a failure of the machine's set-up into what to do about it. */
public final class SystemAdvice {

    private SystemAdvice() {
    }

    /** The message, with advice added when it is the missing system fonts that JasperReports needs to fill a report. */
    public static String explain(String message) {
        if (message != null && message.contains("Fontconfig")) {
            return message + " — JasperReports vindt geen systeemlettertype. Installeer fontconfig en een lettertype "
                    + "(Debian/Ubuntu: apt-get install fontconfig fonts-dejavu-core) en start de opdracht opnieuw";
        }
        return message;
    }
}
