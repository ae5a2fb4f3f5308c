package nl.voortgang.samples.bench;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A bare Spring Boot application that starts and exits: the yardstick for the cold start of the {@code report}
 * command. The benchmark runs it with Spring Boot's own jars only on its class path.
 */
@SpringBootApplication
public class BareBootApplication {

    public static void main(String[] args) {
        System.exit(SpringApplication.exit(SpringApplication.run(BareBootApplication.class, args)));
    }
}
