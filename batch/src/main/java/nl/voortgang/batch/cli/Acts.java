package nl.voortgang.batch.cli;

import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** What the commands that act for a person (review, submit) share: who acts, and the act done in one transaction. */
final class Acts {

    private Acts() {
    }

    /** An act that may be refused with a checked exception. */
    interface Act<T> {
        T run() throws Exception;
    }

    /** The alliance code as given on the command line, in capitals; empty, after saying why, when it is no code. */
    static java.util.Optional<nl.voortgang.core.alliance.AllianceCode> allianceCode(String given, nl.voortgang.batch.Console console) {
        String code = given.toUpperCase(java.util.Locale.ROOT);
        if (!nl.voortgang.core.alliance.AllianceCode.isValid(code)) {
            console.refuse("'" + given + "' is geen alliantiecode: een code bestaat uit hoofdletters, cijfers en koppeltekens, zoals SWH.");
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(nl.voortgang.core.alliance.AllianceCode.of(code));
    }

    /** The person named with {@code --as}, or else the operating-system user. */
    static String who(String as) {
        return as != null ? as : System.getProperty("user.name", "");
    }

    /** Runs the act in one transaction; when it throws, the transaction is rolled back and the exception thrown as it was. */
    static <T> T inOneTransaction(ApplicationContext context, Act<T> act) throws Exception {
        try {
            return new TransactionTemplate(context.getBean(PlatformTransactionManager.class)).execute(status -> {
                try {
                    return act.run();
                } catch (Exception e) {
                    throw new Carried(e);
                }
            });
        } catch (Carried carried) {
            throw (Exception) carried.getCause();
        }
    }

    /** A checked exception carried out of the transaction callback. */
    private static final class Carried extends RuntimeException {
        Carried(Exception cause) {
            super(cause);
        }
    }
}
