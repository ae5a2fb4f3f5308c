package nl.voortgang.core.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import nl.voortgang.core.money.Money;
import nl.voortgang.core.scheme.Tolerance;
import org.junit.jupiter.api.Test;

/** The scheme allows realised spending per cost category to deviate from the definitive budget by its tolerance. */
class VarianceAndToleranceTests {

    private final VarianceRule tenPercent = new VarianceRule(Tolerance.percent("10"));

    @Test
    void spending_within_the_tolerance_needs_no_explanation() {
        Deviation deviation = tenPercent.assess(Money.euros(10000), Money.euros("10950.00"));

        assertThat(deviation.outcome()).isEqualTo(Deviation.Outcome.WITHIN_TOLERANCE);
        assertThat(deviation.beyondTolerance()).isFalse();
        assertThat(deviation.difference()).isEqualTo(Money.euros(950));
        assertThat(deviation.percentage()).contains(new BigDecimal("9.5"));
    }

    @Test
    void a_deviation_of_exactly_the_tolerance_is_still_within_it() {
        assertThat(tenPercent.assess(Money.euros(10000), Money.euros(11000)).outcome()).isEqualTo(Deviation.Outcome.WITHIN_TOLERANCE);
        assertThat(tenPercent.assess(Money.euros(10000), Money.euros(9000)).outcome()).isEqualTo(Deviation.Outcome.WITHIN_TOLERANCE);
    }

    @Test
    void one_cent_over_the_tolerance_is_beyond_it_even_if_the_rounded_percentage_shows_ten() {
        Deviation deviation = tenPercent.assess(Money.euros(10000), Money.euros("11000.01"));

        assertThat(deviation.outcome()).isEqualTo(Deviation.Outcome.OVER_BUDGET);
        assertThat(deviation.percentage()).contains(new BigDecimal("10.0"));
    }

    @Test
    void underspending_beyond_the_tolerance_must_be_explained_too() {
        Deviation deviation = tenPercent.assess(Money.euros(55000), Money.euros(33000));

        assertThat(deviation.outcome()).isEqualTo(Deviation.Outcome.UNDER_BUDGET);
        assertThat(deviation.percentage()).contains(new BigDecimal("-40.0"));
    }

    @Test
    void spending_in_a_category_without_budget_is_always_beyond_tolerance() {
        Deviation deviation = tenPercent.assess(Money.ZERO, Money.euros(1250));

        assertThat(deviation.outcome()).isEqualTo(Deviation.Outcome.NOT_BUDGETED);
        assertThat(deviation.percentage()).isEmpty();
    }

    @Test
    void nothing_budgeted_and_nothing_spent_is_no_deviation() {
        assertThat(tenPercent.assess(Money.ZERO, Money.ZERO).beyondTolerance()).isFalse();
    }

    @Test
    void a_scheme_without_tolerance_wants_every_cent_explained() {
        VarianceRule strict = new VarianceRule(Tolerance.percent("0"));

        assertThat(strict.assess(Money.euros(100), Money.euros(100)).beyondTolerance()).isFalse();
        assertThat(strict.assess(Money.euros(100), Money.euros("100.01")).beyondTolerance()).isTrue();
    }
}
