package be.groupage.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Currency;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void compares_by_value_whatever_the_scale() {
        assertThat(Money.euros("10.0")).isEqualTo(Money.euros("10.00")).hasSameHashCodeAs(Money.euros("10"));
        assertThat(Money.euros("10.01")).isNotEqualTo(Money.euros("10.00"));
        assertThat(Money.euros("10").toString()).isEqualTo("EUR 10.00");
    }

    @Test
    void checks_the_currency_on_every_operation() {
        Money usd = Money.of(BigDecimal.ONE, Currency.getInstance("USD"));
        assertThatThrownBy(() -> Money.euros("1").plus(usd)).isInstanceOf(Money.CurrencyMismatchException.class)
                .hasMessage("Cannot combine EUR with USD");
        assertThatThrownBy(() -> Money.euros("1").compareTo(usd)).isInstanceOf(Money.CurrencyMismatchException.class);
        assertThat(Money.euros("1")).isNotEqualTo(Money.of(BigDecimal.ONE, Currency.getInstance("USD")));
    }

    @Test
    void the_invoice_example_of_the_domain_adds_up_to_the_cent() {
        Money carrots = Money.euros("1.80").times(new BigDecimal("10.35")).rounded();
        Money soap = Money.euros("2.15").times(12).rounded();
        Money vat = VatRate.ofPercent("6").vatOn(carrots).plus(VatRate.ofPercent("21").vatOn(soap));

        assertThat(carrots).isEqualTo(Money.euros("18.63"));
        assertThat(soap).isEqualTo(Money.euros("25.80"));
        assertThat(vat).isEqualTo(Money.euros("6.54"));
        assertThat(carrots.plus(soap).plus(vat)).isEqualTo(Money.euros("50.97"));
    }

    @Test
    void rounds_half_up_to_the_cent() {
        assertThat(Money.euros("0.125").rounded().amount()).isEqualByComparingTo("0.13");
        assertThat(Money.euros("-0.125").rounded().amount()).isEqualByComparingTo("-0.13");
        assertThat(Money.euros("0.124").rounded().cents()).isEqualTo(12);
    }

    @Property(tries = 2000)
    void equality_and_hash_ignore_the_scale(@ForAll @LongRange(min = -10_000_000, max = 10_000_000) long cents,
                                            @ForAll @IntRange(min = 0, max = 6) int extraZeros) {
        Money a = Money.ofCents(cents);
        Money b = Money.euros(BigDecimal.valueOf(cents, 2).setScale(2 + extraZeros));

        assertThat(b).isEqualTo(a).hasSameHashCodeAs(a);
        assertThat(a.compareTo(b)).isZero();
    }

    @Property(tries = 2000)
    void plus_and_minus_undo_each_other(@ForAll @LongRange(min = -1_000_000_000, max = 1_000_000_000) long x,
                                        @ForAll @LongRange(min = -1_000_000_000, max = 1_000_000_000) long y) {
        Money a = Money.ofCents(x);
        Money b = Money.ofCents(y);

        assertThat(a.plus(b).minus(b)).isEqualTo(a);
        assertThat(a.plus(b).cents()).isEqualTo(x + y);
        assertThat(a.max(b).isLessThan(a.min(b))).isFalse();
    }
}
