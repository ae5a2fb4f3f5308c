package nl.voortgang.reports;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;
import nl.voortgang.core.Labelled;
import nl.voortgang.core.money.DutchFormat;
import nl.voortgang.core.money.Money;

/**
 * The words and formats of one report language: labels from {@code labels_nl}/{@code labels_en}, amounts, dates and
 * percentages through core's {@link DutchFormat}. Dutch unless the locale's language is English.
 */
final class Wording {

    static final String BUNDLE = "nl.voortgang.reports.labels";
    static final Locale ENGLISH = Locale.UK;

    private final Locale locale;
    private final ResourceBundle bundle;
    private final DutchFormat format;
    private final ZoneId zone;

    private Wording(Locale locale, ZoneId zone) {
        this.locale = locale;
        this.zone = zone;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.format = DutchFormat.forLocale(locale);
    }

    /** English for any English locale, Dutch ({@code nl-NL}) for everything else. */
    static Wording of(Locale requested, ZoneId zone) {
        boolean english = requested != null && "en".equals(requested.getLanguage());
        return new Wording(english ? ENGLISH : DutchFormat.DUTCH, zone);
    }

    Locale locale() {
        return locale;
    }

    ResourceBundle bundle() {
        return bundle;
    }

    ZoneId zone() {
        return zone;
    }

    /** The language tag for the PDF: {@code nl-NL} or {@code en-GB}. */
    String languageTag() {
        return locale.toLanguageTag();
    }

    String text(String key) {
        return bundle.getString(key);
    }

    String text(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }

    /** One of two wordings: {@code key.one} for 1, {@code key.many} otherwise, with the count as argument 0. */
    String count(String key, long count, Object... more) {
        Object[] arguments = new Object[more.length + 1];
        arguments[0] = String.valueOf(count);
        System.arraycopy(more, 0, arguments, 1, more.length);
        return text(key + (count == 1 ? ".one" : ".many"), arguments);
    }

    String label(Labelled value) {
        return value.label(locale);
    }

    /** {@code € 1.234,56}; a dash for no amount. */
    String money(Money money) {
        return money == null ? "—" : format.money(money);
    }

    /** {@code 12,5%}, with a plus sign when above zero when {@code signed}. */
    String percentage(BigDecimal percentage, boolean signed) {
        if (percentage == null) {
            return "—";
        }
        String text = format.percentage(percentage);
        return signed && percentage.signum() > 0 ? "+" + text : text;
    }

    String number(BigDecimal number) {
        return number == null ? "—" : format.number(number);
    }

    String date(LocalDate date) {
        return date == null ? "—" : format.date(date);
    }

    /** A receipt: {@code 29 maart 2019, 14:05}, or only {@code 29 maart 2019} when only the day is known. */
    String received(Instant instant, boolean onlyADay) {
        return onlyADay && instant != null ? date(instant.atZone(zone).toLocalDate()) : dateTime(instant);
    }

    /** {@code 29 maart 2019, 12:00} in the report's time zone. */
    String dateTime(Instant instant) {
        if (instant == null) {
            return "—";
        }
        var local = instant.atZone(zone);
        return format.date(local.toLocalDate()) + ", " + DateTimeFormatter.ofPattern("HH:mm", locale).format(local);
    }
}
