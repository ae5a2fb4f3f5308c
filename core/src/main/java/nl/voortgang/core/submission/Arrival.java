package nl.voortgang.core.submission;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When a file was received. A file whose name starts with a date, {@code 2019-03-15_realisatie.csv}, was
 * received on that day (taken as noon, Dutch time): the secretariat saves an e-mailed file that way, and
 * files received long ago can be loaded with the dates on which they really arrived.
 */
public final class Arrival {

    private static final Pattern DATED = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})[_ -].*");

    private Arrival() {
    }

    /**
     * Whether a moment of receipt is only a day: the one the file's name gave (taken as noon), not a moment anyone saw.
     * A report then shows the date without a time.
     */
    public static boolean isOnlyADay(String fileName, Instant receivedAt, ZoneId zone) {
        return receivedAt != null && fileName != null && fromFileName(fileName, zone).filter(receivedAt::equals).isPresent();
    }

    public static Optional<Instant> fromFileName(String name, ZoneId zone) {
        Matcher matcher = DATED.matcher(name);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                    Integer.parseInt(matcher.group(3)));
            return Optional.of(date.atTime(LocalTime.NOON).atZone(zone).toInstant());
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
