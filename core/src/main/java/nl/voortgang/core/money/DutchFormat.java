package nl.voortgang.core.money;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How amounts, percentages and dates read in Dutch (the default) or English text: {@code € 1.234,56},
 * {@code 12,5%}, {@code 20 september 2018}. Used by the embedding example, messages and reports alike. One
 * instance keeps its number formats; it is safe to share between threads.
 */
public final class DutchFormat {

    public static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    private final Locale locale;
    private final DecimalFormat money;
    private final DecimalFormat percentage;
    private final DecimalFormat number;
    private final DateTimeFormatter date;

    private DutchFormat(Locale locale) {
        this.locale = locale;
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
        this.money = new DecimalFormat("#,##0.00", symbols);
        this.percentage = new DecimalFormat("0.0", symbols);
        this.number = new DecimalFormat("#,##0.###", symbols);
        this.date = DateTimeFormatter.ofPattern("d MMMM yyyy", locale);
    }

    public static DutchFormat dutch() {
        return new DutchFormat(DUTCH);
    }

    public static DutchFormat forLocale(Locale locale) {
        return new DutchFormat(locale);
    }

    public Locale locale() {
        return locale;
    }

    /** {@code € 1.234,56}; a negative amount as {@code -€ 1.234,56}. The space after € does not break. */
    public String money(Money money) {
        String digits = format(this.money, money.amount().abs());
        return (money.isNegative() ? "-" : "") + "€\u00a0" + digits;
    }

    /** {@code 12,5%} with one decimal. */
    public String percentage(BigDecimal percentage) {
        return format(this.percentage, percentage) + "%";
    }

    /** A number as written in the locale, without trailing zeros: {@code 1.250} or {@code 12,5}. */
    public String number(BigDecimal number) {
        return format(this.number, number);
    }

    /** {@code 20 september 2018}. */
    public String date(LocalDate date) {
        return this.date.format(date);
    }

    /** A DecimalFormat is not thread-safe; formatting takes a moment, so a lock is cheaper than a new format. */
    private static String format(DecimalFormat format, BigDecimal value) {
        synchronized (format) {
            return format.format(value);
        }
    }
}
