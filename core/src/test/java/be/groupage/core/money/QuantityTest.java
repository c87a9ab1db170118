package be.groupage.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class QuantityTest {

    @Test
    void equal_by_value_and_unit() {
        assertThat(Quantity.of("1.5", Unit.KGM)).isEqualTo(Quantity.of("1.500", Unit.KGM)).hasSameHashCodeAs(Quantity.of("1.50", Unit.KGM));
        assertThat(Quantity.of("1", Unit.KGM)).isNotEqualTo(Quantity.of("1", Unit.LTR));
        assertThat(Quantity.of("2.5", Unit.KGM).plus(Quantity.of("0.75", Unit.KGM))).isEqualTo(Quantity.of("3.25", Unit.KGM));
    }

    @Test
    void counted_units_are_whole_and_measured_ones_have_at_most_three_decimals() {
        assertThatThrownBy(() -> Quantity.of("1.5", Unit.H87)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("whole");
        assertThat(Quantity.of("12.000", Unit.C62).amount()).isEqualByComparingTo("12");
        assertThatThrownBy(() -> Quantity.of("1.2345", Unit.KGM)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3 decimals");
    }

    @Test
    void refuses_to_combine_units() {
        assertThatThrownBy(() -> Quantity.of(1, Unit.KGM).plus(Quantity.of(1, Unit.GRM))).isInstanceOf(IllegalArgumentException.class);
        assertThat(Unit.ofCode("kgm")).contains(Unit.KGM);
        assertThat(Unit.ofCode("box")).isEmpty();
    }
}
