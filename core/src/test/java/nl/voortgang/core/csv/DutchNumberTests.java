package nl.voortgang.core.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Reading numbers fast must never read them differently: the one-pass reading agrees with the general rules. */
class DutchNumberTests {

    @Test
    void the_usual_shapes_read_as_the_rules_say() {
        assertThat(DutchNumber.parse("€ 1.234,56", true).value()).isEqualByComparingTo("1234.56");
        assertThat(DutchNumber.parse("1.250", false).value()).isEqualByComparingTo("1250");
        assertThat(DutchNumber.parse("0.250", false).value()).isEqualByComparingTo("0.25");
        assertThat(DutchNumber.parse("12.5", false).value()).isEqualByComparingTo("12.5");
        assertThat(DutchNumber.parse("1.000.000,00", true).value()).isEqualByComparingTo("1000000");
        assertThat(DutchNumber.parse("-75,20", true).value()).isEqualByComparingTo("-75.20");
        assertThat(DutchNumber.parse("€ 12", false).isOk()).isFalse();
    }

    @Test
    void one_pass_reading_agrees_with_the_general_rules_on_generated_texts() {
        Random random = new Random(2018);
        String alphabet = "0123456789012345678901234567890123456789..,,-€ ";
        int compared = 0;
        for (int n = 0; n < 200_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = 1 + random.nextInt(12);
            for (int i = 0; i < length; i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            for (boolean currency : new boolean[] {true, false}) {
                Parsed<BigDecimal> fast = DutchNumber.parse(text.toString(), currency);
                Parsed<BigDecimal> rules = DutchNumber.parseByTheRules(text.toString(), currency);
                assertThat(fast.isOk()).as("'%s' (currency %s)", text, currency).isEqualTo(rules.isOk());
                if (fast.isOk()) {
                    assertThat(fast.value()).as("'%s' (currency %s)", text, currency).isEqualTo(rules.value());
                    compared++;
                }
            }
        }
        assertThat(compared).as("texts that are numbers").isGreaterThan(10_000);
    }
}
