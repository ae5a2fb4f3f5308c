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

    static Parsed<BigDecimal> parse(String text, boolean currency) {
        BigDecimal quick = quick(text);
        if (quick != null) {
            return Parsed.ok(quick);
        }
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
     * The usual shapes, {@code 1234}, {@code 1234,56}, {@code -12,5} (digits with at most one decimal comma), read in one
     * pass; null for anything else, which the general rules read.
     */
    private static BigDecimal quick(String text) {
        int length = text.length();
        if (length == 0 || length > 18) {
            return null;
        }
        int start = text.charAt(0) == '-' ? 1 : 0;
        if (start == length) {
            return null;
        }
        long unscaled = 0;
        int scale = -1;
        for (int i = start; i < length; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                unscaled = unscaled * 10 + (c - '0');
                if (scale >= 0) {
                    scale++;
                }
            } else if (c == ',' && scale < 0 && i > start && i < length - 1) {
                scale = 0;
            } else {
                return null;
            }
        }
        BigDecimal value = BigDecimal.valueOf(start == 1 ? -unscaled : unscaled, Math.max(scale, 0));
        return value;
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

    private static Parsed<BigDecimal> notANumber(boolean currency) {
        return currency
                ? Parsed.wrong("Dit is geen bedrag.", "Schrijf een bedrag in euro's, zoals 1234,56 of 1.234,56 of € 1.234,56.")
                : Parsed.wrong("Dit is geen getal.", "Schrijf alleen een getal, zoals 120 of 12,5; tekst als 'n.v.t.' hoort in de kolom 'toelichting'.");
    }
}
