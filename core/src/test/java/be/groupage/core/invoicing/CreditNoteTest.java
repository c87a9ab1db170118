package be.groupage.core.invoicing;

import be.groupage.core.money.Money;
import be.groupage.core.money.Quantity;
import be.groupage.core.money.Unit;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static be.groupage.core.invoicing.InvoiceComputationTest.VAT21;
import static be.groupage.core.invoicing.InvoiceComputationTest.carrots;
import static be.groupage.core.invoicing.InvoiceComputationTest.soap;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CreditNoteTest {

    private static final LocalDate ISSUED = LocalDate.of(2026, 11, 26);
    private static final InvoiceSeries CREDIT_NOTES = InvoiceSeries.creditNotes(2026);

    private static Invoice invoice() {
        return InvoiceDraft.of("CPAS-NAMUR", List.of(carrots(), soap(), InvoiceLine.subsidy("Province", Money.euros("-5.00"))))
                .issue(InvoiceSeries.invoices(2026).number(123), ISSUED, PaymentTerms.days(30));
    }

    @Test
    void aFullCreditNoteCancelsTheInvoiceToTheCent() {
        Invoice invoice = invoice();

        CreditNote note = CreditNote.full(invoice, CREDIT_NOTES.first(), ISSUED.plusDays(3));

        assertThat(note.number().text()).isEqualTo("NC-2026-000001");
        assertThat(note.creditedInvoice().text()).isEqualTo("2026-000123");
        assertThat(note.memberCode()).isEqualTo("CPAS-NAMUR");
        assertThat(note.totals()).isEqualTo(invoice.totals());
        assertThat(note.totals().gross()).isEqualTo(Money.euros("50.97"));
        assertThat(note.signedTotals().gross()).isEqualTo(Money.euros("-50.97"));
        assertThat(note.signedTotals().payable()).isEqualTo(Money.euros("-45.97"));
        assertThat(note.computation().vatBreakdown()).isEqualTo(invoice.computation().vatBreakdown());
    }

    @Test
    void aPartialCreditNoteCreditsQuantitiesOfChosenLines() {
        Invoice invoice = invoice();

        // Two broken soaps: 2 x 2.15 = 4.30 at 21%, VAT 0.90.
        CreditNote note = CreditNote.partial(invoice, CREDIT_NOTES.first(), ISSUED,
                List.of(CreditedLine.of(1, Quantity.of(2, Unit.H87))), List.of());

        assertThat(note.lines()).singleElement().satisfies(line -> {
            assertThat(line.code()).isEqualTo("SAV-12");
            assertThat(line.quantity()).isEqualTo(Quantity.of(2, Unit.H87));
            assertThat(line.unitPrice()).isEqualTo(Money.euros("2.15"));
        });
        assertThat(note.computation().vatBreakdown()).containsExactly(new VatBreakdown(VAT21, Money.euros("4.30"), Money.euros("0.90")));
        assertThat(note.signedTotals().gross()).isEqualTo(Money.euros("-5.20"));
    }

    @Test
    void cannotCreditMoreThanRemainsAfterEarlierCreditNotes() {
        Invoice invoice = invoice();
        CreditNote first = CreditNote.partial(invoice, CREDIT_NOTES.first(), ISSUED,
                List.of(CreditedLine.of(1, Quantity.of(10, Unit.H87))), List.of());

        assertThatThrownBy(() -> CreditNote.partial(invoice, CREDIT_NOTES.number(2), ISSUED,
                List.of(CreditedLine.of(1, Quantity.of(3, Unit.H87))), List.of(first)))
                .hasMessageContaining("only 2 H87 remains");
        CreditNote second = CreditNote.partial(invoice, CREDIT_NOTES.number(2), ISSUED,
                List.of(CreditedLine.of(1, Quantity.of(2, Unit.H87))), List.of(first));
        assertThat(first.totals().net().plus(second.totals().net())).isEqualTo(Money.euros("25.80"));
    }

    @Test
    void theRemainderCreditsWhatEarlierNotesLeft() {
        Invoice invoice = invoice();
        CreditNote first = CreditNote.partial(invoice, CREDIT_NOTES.first(), ISSUED,
                List.of(CreditedLine.of(0, Quantity.of("4", Unit.KGM)), CreditedLine.of(1, Quantity.of(12, Unit.H87))), List.of());

        CreditNote rest = CreditNote.remainder(invoice, CREDIT_NOTES.number(2), ISSUED, List.of(first));

        assertThat(rest.creditedLines()).containsExactly(
                CreditedLine.of(0, Quantity.of("6.35", Unit.KGM)), CreditedLine.of(2, Quantity.of(1, Unit.C62)));
        // 4 kg x 1.80 = 7.20 and 6.35 kg x 1.80 = 11.43: together the invoiced 18.63.
        assertThat(first.totals().net().plus(rest.totals().net())).isEqualTo(invoice.totals().net());
        assertThatThrownBy(() -> CreditNote.remainder(invoice, CREDIT_NOTES.number(3), ISSUED, List.of(first, rest)))
                .hasMessageContaining("already fully credited");
        assertThat(CreditNote.remainder(invoice, CREDIT_NOTES.number(4), ISSUED, List.of()).totals()).isEqualTo(invoice.totals());
    }

    @Test
    void creditNoteErrorsAreClear() {
        Invoice invoice = invoice();
        assertThatThrownBy(() -> CreditNote.partial(invoice, CREDIT_NOTES.first(), ISSUED,
                List.of(CreditedLine.of(9, Quantity.of(1, Unit.H87))), List.of())).hasMessageContaining("no line 9");
        assertThatThrownBy(() -> CreditNote.partial(invoice, CREDIT_NOTES.first(), ISSUED,
                List.of(CreditedLine.of(0, Quantity.of(1, Unit.H87))), List.of())).hasMessageContaining("KGM");
        assertThatThrownBy(() -> CreditNote.full(invoice, InvoiceSeries.invoices(2026).number(124), ISSUED))
                .hasMessageContaining("not a credit-note number");
        assertThatThrownBy(() -> CreditNote.full(invoice, CREDIT_NOTES.first(), ISSUED.minusDays(1)))
                .hasMessageContaining("before invoice");
        assertThatThrownBy(() -> CreditedLine.of(0, Quantity.of(0, Unit.KGM))).hasMessageContaining("positive");
    }
}
