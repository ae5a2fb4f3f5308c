package nl.voortgang.core.csv;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Reads numbers the way Dutch and English spreadsheets write them: {@code 1234,56}, {@code 1.234,56},
 * {@code 1234.56}, {@code 1,234.56}, {@code € 1.234,56}.
 * <ul>
 *   <li>with both {@code .} and {@code ,}: the last one is the decimal separator;</li>
 *   <li>with one {@code ,} only: it is the decimal comma; with several, they group thousands;</li>
 *   <li>with one {@code .} only: it groups thousands when exactly three digits follow and at most three
 *       non-zero-led digits precede it ({@code 1.250} is twelve hundred and fifty), otherwise it is the
 *       decimal point ({@code 12.5}); with several, they group thousands.</li>
 * </ul>
 */
final class DutchNumber {

    private static final Pattern SHAPE = Pattern.compile("[0-9.,]+");
    private static final Pattern GROUPED = Pattern.compile("[0-9]{1,3}(?:X[0-9]{3})*");
    private static final Pattern THOUSANDS_ONLY = Pattern.compile("[1-9][0-9]{0,2}\\.[0-9]{3}");

    private DutchNumber() {
    }

    /** Longer texts are not read as numbers at all: no amount or count is written with so many characters. */
    static final int LONGEST = 64;

    static Parsed<BigDecimal> parse(String text, boolean currency) {
        if (text.length() > LONGEST) {
            return text.chars().allMatch(c -> Character.isDigit(c) || ".,€ \u00a0-".indexOf(c) >= 0) ? tooLarge(currency, 0)
                    : notANumber(currency);
        }
        BigDecimal quick = quick(text, currency);
        return quick != null ? Parsed.ok(quick) : parseByTheRules(text, currency);
    }

    /** The general rules, for every shape; {@link #parse} reads the usual shapes in one pass first. */
    static Parsed<BigDecimal> parseByTheRules(String text, boolean currency) {
        String raw = text.replace('\u00a0', ' ').trim();
        if (currency) {
            raw = stripCurrency(raw);
        }
        boolean negative = false;
        if (raw.startsWith("-")) {
            negative = true;
            raw = raw.substring(1).trim();
        }
        if (raw.isEmpty() || !SHAPE.matcher(raw).matches() || raw.chars().noneMatch(Character::isDigit)) {
            return notANumber(currency);
        }
        String plain = plainDigits(raw);
        if (plain == null) {
            return notANumber(currency);
        }
        BigDecimal value = new BigDecimal(plain);
        return Parsed.ok(negative ? value.negate() : value);
    }

    /**
     * The usual shapes read in one pass: an optional {@code € } (amounts only) and minus sign, digits that may be
     * grouped by thousands with dots ({@code 1.234.567}, the first group not starting with 0), and at most one decimal
     * comma ({@code 1.234,56}, {@code -12,5}). Null for anything else, which {@link #parseByTheRules} reads; where both
     * read a text they agree (a test compares them on many generated texts).
     */
    private static BigDecimal quick(String text, boolean currency) {
        int length = text.length();
        int i = 0;
        if (currency && length > 0 && text.charAt(0) == '€') {
            i = 1;
            while (i < length && text.charAt(i) == ' ') {
                i++;
            }
        }
        boolean negative = i < length && text.charAt(i) == '-';
        if (negative) {
            i++;
        }
        int first = i;
        long unscaled = 0;
        int digits = 0;
        int scale = -1;
        int group = 0;
        boolean grouped = false;
        for (; i < length; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                if (++digits > 18) {
                    return null;
                }
                unscaled = unscaled * 10 + (c - '0');
                if (scale >= 0) {
                    scale++;
                } else {
                    group++;
                }
            } else if (c == '.' && scale < 0 && (grouped ? group == 3 : group >= 1 && group <= 3 && text.charAt(first) != '0')) {
                grouped = true;
                group = 0;
            } else if (c == ',' && scale < 0 && i > first && i < length - 1 && (!grouped || group == 3)) {
                scale = 0;
            } else {
                return null;
            }
        }
        if (digits == 0 || grouped && scale < 0 && group != 3) {
            return null;
        }
        return BigDecimal.valueOf(negative ? -unscaled : unscaled, Math.max(scale, 0));
    }

    private static String stripCurrency(String raw) {
        String result = raw;
        for (String symbol : new String[] {"€", "EUR", "eur", "Eur"}) {
            if (result.startsWith(symbol)) {
                result = result.substring(symbol.length()).trim();
            } else if (result.startsWith("-" + symbol)) {
                result = "-" + result.substring(symbol.length() + 1).trim();
            }
            if (result.endsWith(symbol)) {
                result = result.substring(0, result.length() - symbol.length()).trim();
            }
        }
        return result;
    }

    /** The number with grouping removed and a {@code .} as decimal point, or null when the grouping is wrong. */
    private static String plainDigits(String raw) {
        int lastDot = raw.lastIndexOf('.');
        int lastComma = raw.lastIndexOf(',');
        if (lastDot >= 0 && lastComma >= 0) {
            char decimal = lastDot > lastComma ? '.' : ',';
            char group = decimal == '.' ? ',' : '.';
            return grouped(raw.substring(0, Math.max(lastDot, lastComma)), group, raw.substring(Math.max(lastDot, lastComma) + 1));
        }
        if (lastComma >= 0) {
            return raw.indexOf(',') == lastComma ? whole(raw.substring(0, lastComma), raw.substring(lastComma + 1))
                    : grouped(raw, ',', "");
        }
        if (lastDot >= 0) {
            if (raw.indexOf('.') != lastDot) {
                return grouped(raw, '.', "");
            }
            return THOUSANDS_ONLY.matcher(raw).matches() ? raw.replace(".", "")
                    : whole(raw.substring(0, lastDot), raw.substring(lastDot + 1));
        }
        return raw;
    }

    private static String grouped(String integerPart, char group, String decimals) {
        if (integerPart.indexOf(group == '.' ? ',' : '.') >= 0
                || !GROUPED.matcher(integerPart.replace(group, 'X')).matches()) {
            return null;
        }
        return whole(integerPart.replace(String.valueOf(group), ""), decimals);
    }

    private static String whole(String integerPart, String decimals) {
        if (decimals.contains(".") || decimals.contains(",")) {
            return null;
        }
        String integer = integerPart.isEmpty() ? "0" : integerPart;
        return decimals.isEmpty() ? integer : integer + "." + decimals;
    }

    /** A number too large to be stored; {@code integerDigits} is how many it allows before the decimal separator (0: unknown). */
    static <V> Parsed<V> tooLarge(boolean currency, int integerDigits) {
        String bound = integerDigits == 0 ? "" : " (hoogstens " + integerDigits + " cijfers vóór de komma)";
        return currency
                ? Parsed.wrong(ProblemCode.VALUE_TOO_LARGE, "Dit bedrag is groter dan Voortgang bewaart" + bound + "; geen subsidie komt daar in de buurt.",
                        "Controleer het bedrag: staat er een rekeningnummer, een datum of een getal in wetenschappelijke notatie in deze kolom?")
                : Parsed.wrong(ProblemCode.VALUE_TOO_LARGE, "Dit getal is groter dan Voortgang bewaart" + bound + ".",
                        "Controleer het getal: staat er een ander gegeven in deze kolom?");
    }

    private static Parsed<BigDecimal> notANumber(boolean currency) {
        return currency
                ? Parsed.wrong(ProblemCode.NOT_AN_AMOUNT, "Dit is geen bedrag.", "Schrijf een bedrag in euro's, zoals 1234,56 of 1.234,56 of € 1.234,56.")
                : Parsed.wrong(ProblemCode.NOT_A_NUMBER, "Dit is geen getal.", "Schrijf alleen een getal, zoals 120 of 12,5; tekst als 'n.v.t.' hoort in de kolom 'toelichting'.");
    }
}
