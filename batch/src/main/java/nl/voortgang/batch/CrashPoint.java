package nl.voortgang.batch;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Named moments of the ingest flow and the nightly run at which a test can make the process die on the spot, as a
 * {@code kill -9} or a power cut would: the JVM halts without running anything more. Inert unless the system
 * property {@value #PROPERTY} names a point, as {@code accepted} (the first time it is reached) or {@code stored:3}
 * (the third time). The points are listed in {@code docs/architecture.md}; each is reached right after the commit it
 * is named after, before anything else happens.
 */
public final class CrashPoint {

    public static final String PROPERTY = "voortgang.crash-at";
    /** The exit code of a process halted at a crash point. */
    public static final int HALTED = 86;

    private static final String TARGET;
    private static final int OCCURRENCE;
    private static final AtomicInteger REACHED = new AtomicInteger();

    static {
        String wanted = System.getProperty(PROPERTY);
        if (wanted == null || wanted.isBlank()) {
            TARGET = null;
            OCCURRENCE = 0;
        } else {
            int colon = wanted.lastIndexOf(':');
            TARGET = colon < 0 ? wanted.strip() : wanted.substring(0, colon).strip();
            OCCURRENCE = colon < 0 ? 1 : Integer.parseInt(wanted.substring(colon + 1).strip());
        }
    }

    private CrashPoint() {
    }

    /** Halts the process if this is the point (and occurrence) asked for. */
    public static void at(String name) {
        if (TARGET != null && TARGET.equals(name) && REACHED.incrementAndGet() == OCCURRENCE) {
            System.out.flush();
            System.err.println("crash point " + name + (OCCURRENCE > 1 ? ":" + OCCURRENCE : "") + " reached; halting");
            Runtime.getRuntime().halt(HALTED);
        }
    }
}
