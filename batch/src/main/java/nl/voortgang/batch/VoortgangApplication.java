package nl.voortgang.batch;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The Spring Boot application behind the {@code voortgang} command line. Boot runs the batch infrastructure
 * (job repository, transaction manager, Flyway); jobs are started by the commands, never at start-up.
 */
@SpringBootApplication
public class VoortgangApplication {
}
