package nl.voortgang.core.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import nl.voortgang.core.budget.CostCategory;
import nl.voortgang.core.money.Money;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TypesTests {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', value = {
        "1234,56       | 1234.56",
        "1.234,56      | 1234.56",
        "€ 1.234,56    | 1234.56",
        "€1.234,56     | 1234.56",
        "1234.56       | 1234.56",
        "1,234.56      | 1234.56",
        "1.234.567,89  | 1234567.89",
        "1,234,567     | 1234567",
        "1.250         | 1250",
        "12.5          | 12.5",
        "0.50          | 0.5",
        ",5            | 0.5",
        "12            | 12",
        "-€ 250,00     | -250",
        "1.234,56 €    | 1234.56",
        "EUR 99,95     | 99.95",
    })
    void amounts_are_read_as_dutch_and_english_spreadsheets_write_them(String text, String expected) {
        Parsed<Money> parsed = Types.euros(true).parse(text);

        assertThat(parsed.isOk()).as(parsed.error()).isTrue();
        assertThat(parsed.value()).isEqualTo(Money.euros(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"n.v.t.", "zie toelichting", "12,3,4", "1.23,45", "€", "1 234", "12a"})
    void what_is_not_an_amount_says_so(String text) {
        Parsed<Money> parsed = Types.euros(true).parse(text);

        assertThat(parsed.isOk()).isFalse();
        assertThat(parsed.error()).isEqualTo("Dit is geen bedrag.");
        assertThat(parsed.hint()).isEqualTo("Schrijf een bedrag in euro's, zoals 1234,56 of 1.234,56 of € 1.234,56.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"12,345", "0,001", "1234.567"})
    void an_amount_has_at_most_cents(String text) {
        assertThat(Types.euros(true).parse(text).error()).isEqualTo("Een bedrag heeft hoogstens twee decimalen (centen).");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1,00", "-€ 5"})
    void a_budget_amount_cannot_be_negative(String text) {
        assertThat(Types.euros(false).parse(text).error()).isEqualTo("Een bedrag kan hier niet negatief zijn.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"N/A", "yes", "See description", "n.v.t.", "ja"})
    void an_indicator_value_is_a_number_never_text(String text) {
        Parsed<BigDecimal> parsed = Types.number().parse(text);

        assertThat(parsed.error()).isEqualTo("Dit is geen getal.");
        assertThat(parsed.hint()).contains("kolom 'toelichting'");
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', value = {
        "2018-09-20 | 2018-09-20",
        "20-09-2018 | 2018-09-20",
        "20/09/2018 | 2018-09-20",
        "20.09.2018 | 2018-09-20",
        "1-4-2019   | 2019-04-01",
        "2019-4-1   | 2019-04-01",
    })
    void dates_are_read_in_iso_and_dutch_order(String text, String expected) {
        assertThat(Types.date().parse(text).value()).isEqualTo(LocalDate.parse(expected));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "31-02-2018 | Deze datum bestaat niet.",
        "20-09-18   | Het jaar in deze datum heeft geen vier cijfers.",
        "september  | Dit is geen datum.",
    })
    void impossible_dates_are_refused(String text, String message) {
        assertThat(Types.date().parse(text).error()).isEqualTo(message);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Personeelskosten", "PERSONEELSKOSTEN", "personeel", "staff costs", "Staff_Costs"})
    void a_label_may_be_dutch_or_english_in_any_case(String text) {
        assertThat(Types.oneOf(CostCategory.class).parse(text).value()).isEqualTo(CostCategory.PERSONNEL);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Monitoring en evaluatie", "M&E", "m & e"})
    void monitoring_and_evaluation_has_its_short_name(String text) {
        assertThat(Types.oneOf(CostCategory.class).parse(text).value()).isEqualTo(CostCategory.MONITORING);
    }

    @org.junit.jupiter.api.Test
    void an_unknown_label_lists_the_allowed_ones() {
        Parsed<CostCategory> parsed = Types.oneOf(CostCategory.class).parse("reiskosten");

        assertThat(parsed.error()).isEqualTo("Deze waarde is niet toegestaan.");
        assertThat(parsed.hint()).isEqualTo("Kies een van: 'personeelskosten', 'activiteitenkosten', 'communicatiekosten', "
                + "'monitoring en evaluatie', 'overheadkosten'.");
    }

    @org.junit.jupiter.api.Test
    void a_day_and_month_is_written_as_20_09() {
        assertThat(Types.dayAndMonth().parse("20-09").value()).isEqualTo(MonthDay.of(9, 20));
        assertThat(Types.dayAndMonth().parse("31-02").error()).isEqualTo("Deze dag bestaat niet.");
    }

    @org.junit.jupiter.api.Test
    void codes_are_kept_in_capitals() {
        assertThat(Types.code("een organisatie", nl.voortgang.core.organisation.OrganisationCode::isValid,
                nl.voortgang.core.organisation.OrganisationCode::new).parse("women-inc").value().value()).isEqualTo("WOMEN-INC");
    }
}
