package nl.voortgang.batch;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import nl.voortgang.batch.cli.CommandLineReader;
import nl.voortgang.batch.cli.ExitCodes;
import nl.voortgang.batch.cli.SpringCommand;
import nl.voortgang.batch.cli.ValidateCommand;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The {@code voortgang} command. The command line is read first, without starting anything, so that help and
 * mistakes in the command line answer at once; then the application starts on the data directory and the
 * subcommand runs. A user's mistake is a one-line message; a failure of the program is one line on the console
 * and the details in {@code voortgang.log}.
 */
public final class Voortgang {

    private static final Logger LOG = LoggerFactory.getLogger(Voortgang.class);

    private final PrintStream out;
    private final PrintStream err;
    private DatabaseSettings database = new DatabaseSettings(null, null);

    public Voortgang(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        System.exit(new Voortgang(System.out, System.err).run(args));
    }

    public int run(String... args) {
        quietUntilSpringConfiguresLogging();
        CommandLineReader.Request request = CommandLineReader.read(out, err, args);
        if (request instanceof CommandLineReader.Answered answered) {
            return answered.exitCode();
        }
        SpringCommand command = ((CommandLineReader.ToRun) request).command();
        Path dataDir = ((CommandLineReader.ToRun) request).dataDir();
        database = DatabaseSettings.of(dataDir);
        if (command instanceof ValidateCommand validate && !validate.needsDatabase()) {
            return runWithoutDatabase(validate, new Console(out, err, false));
        }
        if (database.isEmbedded() && command.needsData() && !EmbeddedDatabase.exists(dataDir)) {
            err.println("Er zijn nog geen gegevens in de gegevensmap " + dataDir + ": er is nog niets ingelezen. Begin met de nachtelijke run "
                    + "(voortgang --data-dir " + dataDir + " nightly --inbox MAP --out MAP) of lees bestanden in "
                    + "(voortgang --data-dir " + dataDir + " ingest --reference BESTAND...).");
            return ExitCodes.INPUT_REJECTED;
        }
        if (command.needsEmbeddedDatabase() && !database.isEmbedded()) {
            err.println("Voortgang gebruikt hier niet de ingebouwde database maar een databaseserver (SPRING_DATASOURCE_URL); "
                    + "maak de reservekopie met de eigen back-upvoorziening van die databaseserver (voor PostgreSQL: pg_dump).");
            return ExitCodes.INPUT_REJECTED;
        }
        if (command.onlyReads() && !database.isEmbedded()) {
            // a database server lets readers in beside the writer: nothing here needs the data directory to itself
            return runOnDataDirectory(command, dataDir);
        }
        java.util.Optional<DataDirectoryLock> lock;
        try {
            lock = DataDirectoryLock.tryAcquire(dataDir);
        } catch (java.io.IOException e) {
            err.println("Voortgang kan de gegevensmap " + dataDir + " niet gebruiken: " + rootMessage(e) + ".");
            return ExitCodes.FAILED;
        }
        if (lock.isEmpty()) {
            err.println("De gegevensmap " + dataDir + " is in gebruik door een andere voortgang-run; deze run doet niets. "
                    + "Probeer het opnieuw als die klaar is.");
            return ExitCodes.BUSY;
        }
        try (DataDirectoryLock held = lock.get()) {
            return runOnDataDirectory(command, dataDir);
        } catch (java.io.IOException e) {
            return ExitCodes.FAILED;
        }
    }

    private int runOnDataDirectory(SpringCommand command, Path dataDir) {
        prepare(command);
        ConfigurableApplicationContext context;
        try {
            if (database.isEmbedded()) {
                new EmbeddedDatabase(dataDir).prepare();
            }
            context = startWaitingForAKilledRun(dataDir, new Console(out, err, true));
        } catch (java.io.IOException | java.sql.SQLException e) {
            return startFailure(new IllegalStateException(e.getMessage(), e), dataDir);
        } catch (RuntimeException e) {
            return startFailure(e, dataDir);
        }
        try (context) {
            if (command.onlyReads()) {
                return inOneSnapshot(context, () -> command.run(context, context.getBean(Console.class)));
            }
            return command.run(context, context.getBean(Console.class));
        } catch (Exception e) {
            LOG.error("voortgang failed", e);
            if (database.isEmbedded() && DamagedDatabase.isDamaged(e)) {
                err.println(DamagedDatabase.message(dataDir, rootMessage(e)));
                return ExitCodes.DAMAGED;
            }
            java.util.Optional<DiskTrouble> trouble = DiskTrouble.in(e);
            if (trouble.isPresent()) {
                err.println(trouble.get().getMessage());
                return ExitCodes.FAILED;
            }
            err.println("Voortgang is gestopt door een fout in het programma: " + rootMessage(e) + ". Details staan in "
                    + dataDir.resolve("voortgang.log") + ".");
            return ExitCodes.FAILED;
        }
    }

    /**
     * Before Spring Boot configures logging (to {@code voortgang.log}, nothing on the console), logback would write every
     * library's messages to the console; the embedded database's first migration, which runs before Spring starts, would
     * fill a newcomer's first screen with them. Boot's configuration replaces this.
     */
    private static void quietUntilSpringConfiguresLogging() {
        // logback's own default configuration has one appender, "console"; once Boot has configured it, that one is gone
        if (LoggerFactory.getILoggerFactory() instanceof ch.qos.logback.classic.LoggerContext logback
                && logback.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("console") != null) {
            logback.getLogger(Logger.ROOT_LOGGER_NAME).setLevel(ch.qos.logback.classic.Level.OFF);
        }
    }

    /** Runs a command that only reads in one read-only, repeatable-read transaction: one committed state throughout. */
    private static int inOneSnapshot(ConfigurableApplicationContext context, java.util.concurrent.Callable<Integer> command) throws Exception {
        var transaction = new org.springframework.transaction.support.TransactionTemplate(
                context.getBean(org.springframework.transaction.PlatformTransactionManager.class));
        transaction.setReadOnly(true);
        transaction.setIsolationLevel(org.springframework.transaction.TransactionDefinition.ISOLATION_REPEATABLE_READ);
        Exception[] failure = new Exception[1];
        Integer code = transaction.execute(status -> {
            try {
                return command.call();
            } catch (Exception e) {
                failure[0] = e;
                status.setRollbackOnly();
                return null;
            }
        });
        if (failure[0] != null) {
            throw failure[0];
        }
        return code;
    }

    /** Starts the command's preparation on a spare thread; if it fails, the command meets the same cause itself. */
    private static void prepare(SpringCommand command) {
        Runnable preparation = command.preparation();
        if (preparation == null) {
            return;
        }
        Thread thread = new Thread(() -> {
            try {
                preparation.run();
            } catch (RuntimeException | Error e) {
                LOG.debug("preparation failed", e);
            }
        }, "voortgang-preparation");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * HSQLDB keeps a lock file with a heartbeat while a process has the database open. This process holds the data
     * directory's lock, so such a lock was left by a run that was killed; it is stale once its heartbeat is some ten
     * seconds old: wait for that.
     */
    private ConfigurableApplicationContext startWaitingForAKilledRun(Path dataDir, Console console) {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(15);
        boolean said = false;
        while (true) {
            try {
                return Application.start(dataDir, console);
            } catch (RuntimeException e) {
                if (!Application.isDatabaseBusy(e) || System.nanoTime() > deadline) {
                    throw e;
                }
                if (!said) {
                    console.print("De database in " + dataDir + " is nog vergrendeld door een afgebroken run; even wachten tot die vrijkomt…");
                    said = true;
                }
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    private int runWithoutDatabase(ValidateCommand validate, Console console) {
        try {
            return validate.run(null, console);
        } catch (Exception e) {
            err.println("Voortgang is gestopt door een fout in het programma: " + rootMessage(e) + ".");
            return ExitCodes.FAILED;
        }
    }

    private int startFailure(RuntimeException e, Path dataDir) {
        if (Application.isDatabaseBusy(e)) {
            err.println("De gegevensmap " + dataDir + " is in gebruik door een andere voortgang-run; er is niets gedaan. "
                    + "Probeer het opnieuw als die klaar is.");
            return ExitCodes.BUSY;
        }
        LOG.error("voortgang could not start", e);
        if (database.isEmbedded() && DamagedDatabase.isDamaged(e)) {
            err.println(DamagedDatabase.message(dataDir, rootMessage(e)));
            return ExitCodes.DAMAGED;
        }
        if (!database.isEmbedded() && Unreachable.is(e)) {
            err.println("Voortgang kan de database " + database.shown() + " niet gebruiken: " + rootMessage(e) + ". Controleer dat de "
                    + "databaseserver draait en bereikbaar is, dat adres, poort en databasenaam kloppen, en de gebruiker en het wachtwoord "
                    + "(SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME en SPRING_DATASOURCE_PASSWORD, of " + DatabaseSettings.FILE
                    + " in " + dataDir + "). Er is niets gedaan.");
            return ExitCodes.SETUP;
        }
        err.println("Voortgang kon niet starten op de gegevensmap " + dataDir + ": " + rootMessage(e) + ".");
        return ExitCodes.FAILED;
    }

    /** A database server that cannot be reached or refuses the user: a connection or authorisation failure, or no such database. */
    static final class Unreachable {

        private Unreachable() {
        }

        static boolean is(Throwable failure) {
            for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null
                        && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("28") || sql.getSQLState().equals("3D000"))) {
                    return true;
                }
                if (t instanceof java.net.ConnectException || t instanceof java.net.UnknownHostException) {
                    return true;
                }
            }
            return false;
        }
    }

    static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return SystemAdvice.explain(cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage());
    }

    /** Starting the Spring application on a data directory. */
    static final class Application {

        private Application() {
        }

        static ConfigurableApplicationContext start(Path dataDir, Console console) {
            SpringApplication application = new SpringApplication(VoortgangApplication.class);
            application.setDefaultProperties(Map.of("voortgang.data-dir", dataDir.toString()));
            application.addInitializers(context -> context.getBeanFactory().registerSingleton("console", console));
            return application.run();
        }

        /** HSQLDB in file mode lets one process at a time open a database. */
        static boolean isDatabaseBusy(Throwable e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                String message = String.valueOf(cause.getMessage());
                if (message.contains("lockFile") || message.contains("Database lock acquisition failure")) {
                    return true;
                }
                if (cause.getCause() == cause) {
                    break;
                }
            }
            return false;
        }
    }
}
