package be.groupage.core.invoicing;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static be.groupage.core.invoicing.InvoiceComputationTest.carrots;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InvoiceSeriesTest {

    @Test
    void numbersAreFormattedYearThenSixDigits() {
        assertThat(InvoiceSeries.invoices(2026).first().text()).isEqualTo("2026-000001");
        assertThat(InvoiceSeries.invoices("FAC", 2026).number(42).text()).isEqualTo("FAC-2026-000042");
        assertThat(InvoiceSeries.creditNotes(2026).number(7).text()).isEqualTo("NC-2026-000007");
        assertThat(InvoiceSeries.invoices(2026).number(999_999).text()).isEqualTo("2026-999999");
        assertThat(InvoiceSeries.invoices(2026).first().next().text()).isEqualTo("2026-000002");
    }

    @Test
    void numbersParseBackIntoTheirSeries() {
        assertThat(InvoiceSeries.invoices(2026).parse("2026-000123")).isEqualTo(InvoiceSeries.invoices(2026).number(123));
        assertThat(InvoiceSeries.creditNotes(2026).parse("NC-2026-000007")).isEqualTo(InvoiceSeries.creditNotes(2026).number(7));
        assertThat(DocumentNumber.parse(DocumentType.INVOICE, "FAC-2027-000001").series()).isEqualTo(InvoiceSeries.invoices("FAC", 2027));
    }

    @Test
    void malformedOrForeignNumbersAreRefused() {
        InvoiceSeries series = InvoiceSeries.invoices(2026);
        assertThatThrownBy(() -> series.parse("2026-123")).hasMessageContaining("YYYY-NNNNNN");
        assertThatThrownBy(() -> series.parse("2025-000123")).hasMessageContaining("not a number of series");
        assertThatThrownBy(() -> series.parse("FAC-2026-000123")).hasMessageContaining("not a number of series");
        assertThatThrownBy(() -> series.parse("fac-2026-000123")).hasMessageContaining("upper-case");
        assertThatThrownBy(() -> series.parse("2026-000000")).hasMessageContaining("from 1");
        assertThatThrownBy(() -> series.parse("A-B-2026-000001")).hasMessageContaining("YYYY-NNNNNN");
        assertThatThrownBy(() -> InvoiceSeries.invoices(26)).hasMessageContaining("four digits");
    }

    @Test
    void ogmBaseIsYearTimesAMillionPlusSequence() {
        assertThat(InvoiceSeries.invoices(2026).number(123).ogmBase()).isEqualTo(2026000123L);
        assertThat(InvoiceSeries.invoices("FAC", 2027).number(999_999).ogmBase()).isEqualTo(2027999999L);
        assertThatThrownBy(() -> InvoiceSeries.creditNotes(2026).first().ogmBase())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("Only invoices");
    }

    @Test
    void dueDateIsIssueDatePlusTerms() {
        assertThat(PaymentTerms.days(30).dueDate(LocalDate.of(2026, 11, 26))).isEqualTo(LocalDate.of(2026, 12, 26));
        assertThat(PaymentTerms.days(0).dueDate(LocalDate.of(2026, 11, 26))).isEqualTo(LocalDate.of(2026, 11, 26));
        assertThatThrownBy(() -> PaymentTerms.days(-1)).hasMessageContaining("0 to 365");
    }

    @Test
    void anInvoiceIsIssuedInTheSeriesOfItsYearUnderAnInvoiceNumber() {
        InvoiceDraft draft = InvoiceDraft.of("CPAS-NAMUR", "BC-2026-0042", List.of(carrots()));

        Invoice invoice = draft.issue(InvoiceSeries.invoices(2026).number(123), LocalDate.of(2026, 11, 26), PaymentTerms.days(30));

        assertThat(invoice.number().text()).isEqualTo("2026-000123");
        assertThat(invoice.dueDate()).isEqualTo(LocalDate.of(2026, 12, 26));
        assertThat(invoice.orderReference()).contains("BC-2026-0042");
        assertThat(invoice.ogmBase()).isEqualTo(2026000123L);
        assertThatThrownBy(() -> draft.issue(InvoiceSeries.invoices(2025).number(1), LocalDate.of(2026, 1, 2), PaymentTerms.days(30)))
                .hasMessageContaining("series of 2025");
        assertThatThrownBy(() -> draft.issue(InvoiceSeries.creditNotes(2026).number(1), LocalDate.of(2026, 1, 2), PaymentTerms.days(30)))
                .hasMessageContaining("not an invoice number");
    }
}
