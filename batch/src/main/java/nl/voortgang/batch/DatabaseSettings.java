package nl.voortgang.batch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * Which database Voortgang works on, as Spring Boot will see it: a system property {@code spring.datasource.url}, else
 * the environment variable {@code SPRING_DATASOURCE_URL}, else {@code spring.datasource.url} in the data directory's
 * {@code voortgang.properties}, else the embedded database in the data directory. Read before the application starts,
 * so that a command can say what it will use, and a failure to reach it can name it. The password is never read here,
 * so it cannot be shown.
 *
 * @param url  the configured URL; null for the embedded default
 * @param user the configured user; null when none is
 */
public record DatabaseSettings(String url, String user) {

    /** The file in the data directory where a shared installation keeps its database settings. */
    public static final String FILE = "voortgang.properties";

    private static final Pattern PASSWORD = Pattern.compile("(?i)([?&;]password=)[^&;]*");

    public static DatabaseSettings of(Path dataDir) {
        Properties file = new Properties();
        Path settings = dataDir.resolve(FILE);
        if (Files.isRegularFile(settings)) {
            try (InputStream in = Files.newInputStream(settings)) {
                file.load(in);
            } catch (IOException e) {
                // Spring Boot will say what is wrong with it when it reads it
            }
        }
        return new DatabaseSettings(first(System.getProperty("spring.datasource.url"), System.getenv("SPRING_DATASOURCE_URL"),
                file.getProperty("spring.datasource.url")), first(System.getProperty("spring.datasource.username"),
                System.getenv("SPRING_DATASOURCE_USERNAME"), file.getProperty("spring.datasource.username")));
    }

    private static String first(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }

    /** Whether Voortgang uses its embedded database (no other one is configured). */
    public boolean isEmbedded() {
        return url == null;
    }

    /** The database as a message names it: its URL without any password in it, and the user. */
    public String shown() {
        return PASSWORD.matcher(url == null ? "" : url).replaceAll("$1…") + (user == null ? "" : " (gebruiker " + user + ")");
    }
}
