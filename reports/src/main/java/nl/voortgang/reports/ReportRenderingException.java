package nl.voortgang.reports;

/** A report could not be rendered: a template that does not load or fill, or a PDF that cannot be written. */
public class ReportRenderingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ReportRenderingException(String message) {
        super(message);
    }

    public ReportRenderingException(String message, Throwable cause) {
        super(message, cause);
    }
}
