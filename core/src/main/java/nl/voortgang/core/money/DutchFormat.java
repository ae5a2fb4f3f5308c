package nl.voortgang.core.money;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How amounts, percentages and dates read in Dutch (the default) or English text: {@code € 1.234,56},
 * {@code 12,5%}, {@code 20 september 2018}. Used by the embedding example, messages and reports alike.
 */
public final class DutchFormat {

    public static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    private final Locale locale;

    private DutchFormat(Locale locale) {
        this.locale = locale;
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
        String digits = decimal("#,##0.00").format(money.amount().abs());
        return (money.isNegative() ? "-" : "") + "€\u00a0" + digits;
    }

    /** {@code 12,5%} with one decimal. */
    public String percentage(BigDecimal percentage) {
        return decimal("0.0").format(percentage) + "%";
    }

    /** A number as written in the locale, without trailing zeros: {@code 1.250} or {@code 12,5}. */
    public String number(BigDecimal number) {
        return decimal("#,##0.###").format(number);
    }

    /** {@code 20 september 2018}. */
    public String date(LocalDate date) {
        return DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(date);
    }

    private DecimalFormat decimal(String pattern) {
        DecimalFormat format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(locale));
        format.setParseBigDecimal(true);
        return format;
    }
}
