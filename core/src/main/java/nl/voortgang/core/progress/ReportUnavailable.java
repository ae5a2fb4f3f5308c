package nl.voortgang.core.progress;

/**
 * A report cannot be made for what was asked (an unknown alliance, a year outside the partnership, a year
 * without data). The message says so in a sentence a user can act on.
 */
public final class ReportUnavailable extends Exception {

    public ReportUnavailable(String message) {
        super(message);
    }
}
