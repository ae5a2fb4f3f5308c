package nl.voortgang.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MoneyAndDutchFormatTests {

    private final DutchFormat nl = DutchFormat.dutch();

    @Test
    void money_is_exact_to_the_cent() {
        Money sum = Money.euros("0.10").plus(Money.euros("0.20"));

        assertThat(sum).isEqualTo(Money.euros("0.30"));
        assertThat(sum.amount().scale()).isEqualTo(2);
        assertThatThrownBy(() -> Money.euros("1.005")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void amounts_dates_and_percentages_read_the_dutch_way() {
        assertThat(nl.money(Money.euros("1234.56"))).isEqualTo("€\u00a01.234,56");
        assertThat(nl.money(Money.euros("-5540.12"))).isEqualTo("-€\u00a05.540,12");
        assertThat(nl.date(LocalDate.of(2018, 9, 20))).isEqualTo("20 september 2018");
        assertThat(nl.percentage(new BigDecimal("-8.3"))).isEqualTo("-8,3%");
        assertThat(nl.number(new BigDecimal("1250"))).isEqualTo("1.250");
        assertThat(nl.number(new BigDecimal("53.50"))).isEqualTo("53,5");
    }

    @Test
    void the_english_locale_switches_separators_and_month_names() {
        DutchFormat en = DutchFormat.forLocale(Locale.UK);

        assertThat(en.money(Money.euros("1234.56"))).isEqualTo("€\u00a01,234.56");
        assertThat(en.date(LocalDate.of(2018, 9, 20))).isEqualTo("20 September 2018");
    }

    @Test
    void a_share_of_a_zero_budget_is_not_a_number() {
        assertThat(Money.euros(5).percentageOf(Money.ZERO)).isEmpty();
        assertThat(Money.euros(1).percentageOf(Money.euros(3))).contains(new BigDecimal("33.3"));
    }
}
