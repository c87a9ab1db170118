package be.groupage.service.infrastructure.documents;

import be.groupage.core.money.Money;
import be.groupage.core.money.Quantity;
import be.groupage.core.money.Unit;
import be.groupage.core.money.VatRate;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class FrenchFormatTest {

    @Test
    void amountsHaveADecimalCommaSpacesBetweenThousandsAndTheEuroSignAfter() {
        assertThat(FrenchFormat.amount(Money.euros("1234.56"))).isEqualTo("1 234,56 €");
        assertThat(FrenchFormat.amount(Money.euros("1234567.5"))).isEqualTo("1 234 567,50 €");
        assertThat(FrenchFormat.amount(Money.euros("0.4"))).isEqualTo("0,40 €");
        assertThat(FrenchFormat.amount(Money.euros("-23.18"))).isEqualTo("-23,18 €");
        assertThat(FrenchFormat.amount(Money.euros("-1000"))).isEqualTo("-1 000,00 €");
        assertThat(FrenchFormat.amount(Money.euros("2.345"))).isEqualTo("2,35 €");
    }

    @Test
    void unitPricesKeepUpToFourDecimals() {
        assertThat(FrenchFormat.unitPrice(Money.euros("1.8"))).isEqualTo("1,80 €");
        assertThat(FrenchFormat.unitPrice(Money.euros("1.2345"))).isEqualTo("1,2345 €");
        assertThat(FrenchFormat.unitPrice(Money.euros("1.4450"))).isEqualTo("1,445 €");
    }

    @Test
    void quantitiesRatesAndDates() {
        assertThat(FrenchFormat.quantity(Quantity.of("10.35", Unit.KGM))).isEqualTo("10,350");
        assertThat(FrenchFormat.quantity(Quantity.of(1200, Unit.H87))).isEqualTo("1 200");
        assertThat(FrenchFormat.rate(VatRate.ofPercent("6.00"))).isEqualTo("6 %");
        assertThat(FrenchFormat.rate(VatRate.ofPercent("5.5"))).isEqualTo("5,5 %");
        assertThat(FrenchFormat.date(LocalDate.of(2026, 1, 5))).isEqualTo("05/01/2026");
        assertThat(FrenchFormat.date(LocalDate.of(2026, 11, 26))).isEqualTo("26/11/2026");
    }
}
