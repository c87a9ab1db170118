package be.groupage.core.invoicing;

import be.groupage.core.money.Money;
import be.groupage.core.money.Quantity;
import be.groupage.core.money.Unit;
import be.groupage.core.money.VatRate;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InvoiceComputationTest {

    static final VatRate VAT6 = VatRate.ofPercent("6");
    static final VatRate VAT21 = VatRate.ofPercent("21");

    static InvoiceLine carrots() {
        return InvoiceLine.goods("CAR-01", "Carottes bio", Quantity.of("10.35", Unit.KGM), Money.euros("1.80"), VAT6, true);
    }

    static InvoiceLine soap() {
        return InvoiceLine.goods("SAV-12", "Savon de Marseille", Quantity.of(12, Unit.H87), Money.euros("2.15"), VAT21, false);
    }

    @Test
    void domainWorkedExample_carrotsAndSoap() {
        InvoiceComputation computation = InvoiceComputation.of(List.of(carrots(), soap()));

        assertThat(carrots().net()).isEqualTo(Money.euros("18.63"));
        assertThat(soap().net()).isEqualTo(Money.euros("25.80"));
        assertThat(computation.vatBreakdown()).containsExactly(
                new VatBreakdown(VAT6, Money.euros("18.63"), Money.euros("1.12")),
                new VatBreakdown(VAT21, Money.euros("25.80"), Money.euros("5.42")));
        InvoiceTotals totals = computation.totals();
        assertThat(totals.net()).isEqualTo(Money.euros("44.43"));
        assertThat(totals.vat()).isEqualTo(Money.euros("6.54"));
        assertThat(totals.gross()).isEqualTo(Money.euros("50.97"));
        assertThat(totals.paidByThirdParties()).isEqualTo(Money.zero());
        assertThat(totals.payable()).isEqualTo(Money.euros("50.97"));
    }

    @Test
    void vatIsComputedOnTheSummedBaseNotPerLine() {
        // Per line: 0.07 x 6% = 0.0042, 0.00 each; on the base 0.21 x 6% = 0.0126: 0.01.
        InvoiceLine parsley = InvoiceLine.goods("PER", "Persil", Quantity.of(1, Unit.H87), Money.euros("0.07"), VAT6, false);

        InvoiceComputation computation = InvoiceComputation.of(List.of(parsley, parsley, parsley));

        assertThat(computation.vatBreakdown()).containsExactly(new VatBreakdown(VAT6, Money.euros("0.21"), Money.euros("0.01")));
    }

    @Test
    void lineNetIsRoundedHalfUpToTheCent() {
        assertThat(InvoiceLine.goods("X", "X", Quantity.of("1.5", Unit.KGM), Money.euros("0.15"), VAT6, true).net())
                .isEqualTo(Money.euros("0.23"));
        assertThat(InvoiceLine.goods("X", "X", Quantity.of("0.333", Unit.KGM), Money.euros("3.00"), VAT6, true).net())
                .isEqualTo(Money.euros("1.00"));
    }

    @Test
    void subsidyReducesWhatIsPayableButNotTheTaxableBase() {
        List<InvoiceLine> lines = List.of(
                InvoiceLine.goods("POM", "Pommes", Quantity.of(100, Unit.KGM), Money.euros("1.00"), VAT6, true),
                InvoiceLine.costShare("Transport", Money.euros("10.00"), VAT21),
                InvoiceLine.subsidy("Province de Namur", Money.euros("-30.00")));

        InvoiceComputation computation = InvoiceComputation.of(lines);

        assertThat(computation.vatBreakdown()).containsExactly(
                new VatBreakdown(VAT6, Money.euros("100.00"), Money.euros("6.00")),
                new VatBreakdown(VAT21, Money.euros("10.00"), Money.euros("2.10")));
        InvoiceTotals totals = computation.totals();
        assertThat(totals.net()).isEqualTo(Money.euros("110.00"));
        assertThat(totals.vat()).isEqualTo(Money.euros("8.10"));
        assertThat(totals.gross()).isEqualTo(Money.euros("118.10"));
        assertThat(totals.paidByThirdParties()).isEqualTo(Money.euros("30.00"));
        assertThat(totals.payable()).isEqualTo(Money.euros("88.10"));
        assertThat(totals.netAfterSubsidies()).isEqualTo(Money.euros("80.00"));
    }

    @Test
    void breakdownIsByAscendingRateWhateverTheLineOrder() {
        InvoiceComputation computation = InvoiceComputation.of(List.of(soap(), carrots()));

        assertThat(computation.vatBreakdown()).extracting(VatBreakdown::rate).containsExactly(VAT6, VAT21);
        assertThat(computation.totals().gross()).isEqualTo(Money.euros("50.97"));
    }

    @Test
    void linesAreChecked() {
        assertThatThrownBy(() -> InvoiceComputation.of(List.of())).hasMessageContaining("at least one line");
        assertThatThrownBy(() -> InvoiceLine.goods("X", "X", Quantity.of(-1, Unit.H87), Money.euros("1"), VAT6, false))
                .hasMessageContaining("non-negative");
        assertThatThrownBy(() -> InvoiceLine.subsidy("Province", Money.euros("5.00"))).hasMessageContaining("negative");
        assertThatThrownBy(() -> InvoiceLine.costShare("Fee", Money.euros("1.005"), VAT21)).hasMessageContaining("exact to the cent");
        InvoiceLine chf = InvoiceLine.goods("X", "X", Quantity.of(1, Unit.H87), Money.of(BigDecimal.ONE, Currency.getInstance("CHF")), VAT6, false);
        assertThatThrownBy(() -> InvoiceComputation.of(List.of(carrots(), chf))).hasMessageContaining("CHF");
    }

    @Test
    void aCostShareIsOneUnitAtItsAmount() {
        InvoiceLine line = InvoiceLine.costShare("Transport", Money.euros("3.33"), VAT21);

        assertThat(line.quantity()).isEqualTo(Quantity.of(1, Unit.C62));
        assertThat(line.net()).isEqualTo(Money.euros("3.33"));
        assertThat(line.kind()).isEqualTo(LineKind.COST_SHARE);
        assertThat(line.vatRate()).contains(VAT21);
        assertThat(InvoiceLine.subsidy("Province", Money.euros("-1.00")).vatRate()).isEmpty();
    }
}
