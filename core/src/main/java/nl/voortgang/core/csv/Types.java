package nl.voortgang.core.csv;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.voortgang.core.Labelled;
import nl.voortgang.core.money.Money;

/** The value types that the CSV formats are made of. */
public final class Types {

    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern DUTCH_DATE = Pattern.compile("(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{2,4})");
    private static final Pattern DAY_MONTH = Pattern.compile("(\\d{1,2})[-/.](\\d{1,2})");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern EDITION = Pattern.compile("(\\d{4})-(\\d{2})");

    private Types() {
    }

    /** Free text, at most {@code maxLength} characters; line breaks inside quotes are kept. */
    public static ValueType<String> text(int maxLength) {
        return new Simple<>("tekst (hoogstens " + maxLength + " tekens)", text -> text.length() <= maxLength
                ? Parsed.ok(text)
                : Parsed.wrong(ProblemCode.TEXT_TOO_LONG, "De tekst is " + text.length() + " tekens lang; hoogstens " + maxLength + " passen.",
                        "Maak de tekst korter."));
    }

    /**
     * Prose: plain text in paragraphs, each a line of the cell (line breaks inside quotes), at most {@code maxLength}
     * characters and {@code maxParagraphs} paragraphs, so that it fits the page it is printed on. Line breaks are kept
     * as {@code \n} whatever the sender's system wrote, blank lines between paragraphs are dropped, and each
     * paragraph's surrounding spaces are trimmed.
     */
    public static ValueType<String> prose(int maxLength, int maxParagraphs) {
        return new Simple<>("tekst in alinea's (hoogstens " + maxLength + " tekens, " + maxParagraphs + " alinea's)", text -> {
            java.util.List<String> paragraphs = text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
            String prose = String.join("\n", paragraphs);
            if (prose.length() > maxLength) {
                return Parsed.wrong(ProblemCode.TEXT_TOO_LONG, "De tekst is " + prose.length() + " tekens lang; hoogstens " + maxLength
                        + " passen op de bladzijde van het verslag.", "Maak de tekst korter, of vertel het deel over een andere activiteit op haar eigen regel.");
            }
            if (paragraphs.size() > maxParagraphs) {
                return Parsed.wrong(ProblemCode.TOO_MANY_PARAGRAPHS, "De tekst heeft " + paragraphs.size() + " alinea's; hoogstens "
                        + maxParagraphs + " passen.", "Voeg alinea's samen: elke regel in de cel is een alinea.");
            }
            return Parsed.ok(prose);
        });
    }

    /** A code of capitals, digits and hyphens; written in any case, kept in capitals. */
    public static <C> ValueType<C> code(String what, Predicate<String> valid, Function<String, C> factory) {
        return new Remembering<>(new Simple<>("code (" + what + ")", text -> {
            String upper = text.toUpperCase(java.util.Locale.ROOT);
            return valid.test(upper) ? Parsed.ok(factory.apply(upper))
                    : Parsed.wrong(ProblemCode.INVALID_CODE, "Dit is geen geldige code voor " + what + ".",
                            "Gebruik hoofdletters, cijfers en koppeltekens, zoals in de referentielijst.");
        }));
    }

    /** A code as the secretariat writes it (any non-blank text without line breaks), for outcomes and indicators. */
    public static <C> ValueType<C> label(String what, Function<String, C> factory) {
        return new Remembering<>(new Simple<>("code (" + what + ")", text -> text.contains("\n")
                ? Parsed.wrong(ProblemCode.LINE_BREAK_IN_CODE, "Een code past op één regel.", "Haal de regelovergang weg.")
                : Parsed.ok(factory.apply(text))));
    }

    /** An amount in euros with at most two decimals; {@code allowNegative} for corrections. */
    public static ValueType<Money> euros(boolean allowNegative) {
        return new Simple<>("bedrag in euro's (1234,56 of 1.234,56 of € 1.234,56)", text -> {
            Parsed<BigDecimal> number = DutchNumber.parse(text, true);
            if (!number.isOk()) {
                return Parsed.wrong(number.code(), number.error(), number.hint());
            }
            BigDecimal value = number.value();
            if (integerDigits(value) > AMOUNT_INTEGER_DIGITS) {
                return DutchNumber.tooLarge(true, AMOUNT_INTEGER_DIGITS);
            }
            if (value.stripTrailingZeros().scale() > 2) {
                return Parsed.wrong(ProblemCode.TOO_MANY_DECIMALS, "Een bedrag heeft hoogstens twee decimalen (centen).",
                        "Rond af op centen, bijvoorbeeld 1234,57; duizendtallen scheidt u met een punt: 1.234,56.");
            }
            if (!allowNegative && value.signum() < 0) {
                return Parsed.wrong(ProblemCode.NEGATIVE_AMOUNT, "Een bedrag kan hier niet negatief zijn.", "Schrijf het bedrag zonder minteken.");
            }
            return Parsed.ok(new Money(value));
        });
    }

    /** A number (counts, percentages, scores): never text such as "n.v.t." or "zie toelichting". */
    public static ValueType<BigDecimal> number() {
        return new Simple<>("getal (120 of 12,5)", text -> {
            Parsed<BigDecimal> number = DutchNumber.parse(text, false);
            if (!number.isOk()) {
                return number;
            }
            if (integerDigits(number.value()) > NUMBER_INTEGER_DIGITS) {
                return DutchNumber.tooLarge(false, NUMBER_INTEGER_DIGITS);
            }
            if (number.value().stripTrailingZeros().scale() > NUMBER_DECIMALS) {
                return Parsed.wrong(ProblemCode.TOO_MANY_DECIMALS, "Een getal heeft hier hoogstens " + NUMBER_DECIMALS + " decimalen.",
                        "Rond het getal af, bijvoorbeeld 33,3333 in plaats van 33,333333.");
            }
            return number;
        });
    }

    /**
     * The largest amounts Voortgang stores: 13 digits before the decimal comma (just under ten thousand billion euros),
     * far beyond any subsidy, with two decimals.
     */
    public static final int AMOUNT_INTEGER_DIGITS = 13;
    /** The largest numbers (indicator values, targets): 15 digits before the decimal comma, at most 4 after it. */
    public static final int NUMBER_INTEGER_DIGITS = 15;
    public static final int NUMBER_DECIMALS = 4;

    private static int integerDigits(BigDecimal value) {
        return Math.max(0, value.precision() - value.scale());
    }

    /** A calendar year such as 2018. */
    public static ValueType<Integer> year() {
        return new Remembering<>(new Simple<>("jaar (2018)", text -> {
            if (!YEAR.matcher(text).matches()) {
                return Parsed.wrong(ProblemCode.NOT_A_YEAR, "Dit is geen jaartal.", "Schrijf het jaar met vier cijfers, zoals 2018.");
            }
            int year = Integer.parseInt(text);
            return year >= 1900 && year <= 2100 ? Parsed.ok(year)
                    : Parsed.wrong(ProblemCode.YEAR_OUT_OF_RANGE, "Dit jaar ligt buiten 1900–2100.", "Controleer het jaartal.");
        }));
    }

    /** A date as {@code 2018-09-20} or {@code 20-09-2018} (also with {@code /} or {@code .}). */
    public static ValueType<LocalDate> date() {
        return new Simple<>("datum (2018-09-20 of 20-09-2018)", text -> {
            LocalDate quick = quickDate(text);
            if (quick != null) {
                return Parsed.ok(quick);
            }
            Matcher iso = ISO_DATE.matcher(text);
            if (iso.matches()) {
                return date(iso.group(1), iso.group(2), iso.group(3), text);
            }
            Matcher dutch = DUTCH_DATE.matcher(text);
            if (dutch.matches()) {
                if (dutch.group(3).length() != 4) {
                    return Parsed.wrong(ProblemCode.NOT_A_DATE, "Het jaar in deze datum heeft geen vier cijfers.", "Schrijf de datum als 20-09-2018 of 2018-09-20.");
                }
                return date(dutch.group(3), dutch.group(2), dutch.group(1), text);
            }
            return Parsed.wrong(ProblemCode.NOT_A_DATE, "Dit is geen datum.", "Schrijf de datum als 20-09-2018 of 2018-09-20.");
        });
    }

    /** The usual shapes, 20-09-2018 and 2018-09-20, read without a regular expression; null for anything else. */
    private static LocalDate quickDate(String text) {
        if (text.length() != 10) {
            return null;
        }
        try {
            if (text.charAt(2) == '-' && text.charAt(5) == '-') {
                return LocalDate.of(digits(text, 6, 10), digits(text, 3, 5), digits(text, 0, 2));
            }
            if (text.charAt(4) == '-' && text.charAt(7) == '-') {
                return LocalDate.of(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10));
            }
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
        return null;
    }

    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                throw new NumberFormatException(text);
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static Parsed<LocalDate> date(String year, String month, String day, String text) {
        try {
            return Parsed.ok(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException e) {
            return Parsed.wrong(ProblemCode.DATE_DOES_NOT_EXIST, "Deze datum bestaat niet.", "Controleer dag en maand; schrijf de datum als 20-09-2018.");
        }
    }

    /** A day and month without a year, such as {@code 20-09} for 20 September. */
    public static ValueType<MonthDay> dayAndMonth() {
        return new Simple<>("dag en maand (20-09)", text -> {
            Matcher matcher = DAY_MONTH.matcher(text);
            if (!matcher.matches()) {
                return Parsed.wrong(ProblemCode.NOT_A_DAY_AND_MONTH, "Dit is geen dag en maand.", "Schrijf dag en maand als 20-09.");
            }
            try {
                return Parsed.ok(MonthDay.of(Integer.parseInt(matcher.group(2)), Integer.parseInt(matcher.group(1))));
            } catch (DateTimeException e) {
                return Parsed.wrong(ProblemCode.DATE_DOES_NOT_EXIST, "Deze dag bestaat niet.", "Controleer dag en maand; schrijf 20-09 voor 20 september.");
            }
        });
    }

    /** A newsletter edition as year and month, {@code 2018-12}. */
    public static ValueType<java.time.YearMonth> yearMonth() {
        return new Simple<>("jaar en maand (2018-12)", text -> {
            Matcher matcher = EDITION.matcher(text);
            if (matcher.matches()) {
                int month = Integer.parseInt(matcher.group(2));
                if (month >= 1 && month <= 12) {
                    return Parsed.ok(java.time.YearMonth.of(Integer.parseInt(matcher.group(1)), month));
                }
            }
            return Parsed.wrong(ProblemCode.NOT_A_YEAR_AND_MONTH, "Dit is geen jaar en maand.", "Schrijf jaar en maand als 2018-12.");
        });
    }

    /** One of a fixed list of values, by its Dutch or English label in any case. */
    public static <E extends Enum<E> & Labelled> ValueType<E> oneOf(Class<E> type) {
        String allowed = Labelled.dutchLabels(type);
        return new Remembering<>(new Simple<>("een van: " + allowed, text -> {
            Optional<E> value = Labelled.fromLabel(type, text);
            return value.<Parsed<E>>map(Parsed::ok)
                    .orElseGet(() -> Parsed.wrong(ProblemCode.VALUE_NOT_ALLOWED, "Deze waarde is niet toegestaan.", "Kies een van: " + allowed + "."));
        }));
    }

    /** A list of texts separated by {@code |}, such as themes. */
    public static ValueType<java.util.List<String>> list() {
        return new Simple<>("lijst, gescheiden door | (emancipatie|diversiteit)", text -> Parsed.ok(
                java.util.Arrays.stream(text.split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).toList()));
    }

    private record Simple<V>(String description, Function<String, Parsed<V>> parser) implements ValueType<V> {

        @Override
        public Parsed<V> parse(String text) {
            return parser.apply(text);
        }
    }

    /**
     * A type whose few different values repeat on every row (codes, labels, years): each distinct text is parsed once.
     * The outcomes are immutable; at most {@value #REMEMBERED} texts are remembered.
     */
    private static final class Remembering<V> implements ValueType<V> {

        static final int REMEMBERED = 1024;

        private final ValueType<V> type;
        private final java.util.Map<String, Parsed<V>> seen = new java.util.concurrent.ConcurrentHashMap<>();

        Remembering(ValueType<V> type) {
            this.type = type;
        }

        @Override
        public Parsed<V> parse(String text) {
            Parsed<V> parsed = seen.get(text);
            if (parsed == null) {
                parsed = type.parse(text);
                if (seen.size() < REMEMBERED) {
                    seen.put(text, parsed);
                }
            }
            return parsed;
        }

        @Override
        public String description() {
            return type.description();
        }
    }
}
