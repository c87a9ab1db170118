package be.groupage.service.interfaces.rest.invoicing;

import be.groupage.core.invoicing.VatBreakdown;
import be.groupage.service.application.invoicing.InvoiceQueries;
import be.groupage.service.application.port.invoicing.InvoiceRegister.CreditNoteSummary;
import be.groupage.service.application.port.invoicing.InvoiceRegister.PrintedLine;
import be.groupage.service.application.port.invoicing.InvoiceRegister.RegisteredCreditNote;
import be.groupage.service.application.port.invoicing.InvoiceRegister.RegisteredInvoice;
import be.groupage.service.application.port.invoicing.InvoiceSummary;
import be.groupage.service.interfaces.rest.common.Decimals;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** The JSON shapes of invoices and credit notes; amounts in EUR with two decimals. */
public final class InvoiceViews {

    private InvoiceViews() {
    }

    /** One issued invoice in a list. */
    @JsonbPropertyOrder({"number", "member", "cycle", "issueDate", "net", "vat", "gross", "prepaid", "payable", "ogm", "dueDate", "orderReference"})
    public record InvoiceSummaryView(String number, String member, long cycle, LocalDate issueDate, BigDecimal net, BigDecimal vat, BigDecimal gross,
                              BigDecimal prepaid, BigDecimal payable, String ogm, LocalDate dueDate, String orderReference) {

        /** Over its key alone, consistent with equals: JSON-B hashes every object it writes (see {@code OrderView#hashCode}). */
        @Override
        public int hashCode() {
            return Objects.hashCode(number);
        }

        static InvoiceSummaryView of(InvoiceSummary i) {
            return new InvoiceSummaryView(i.number(), i.memberCode(), i.cycleId(), i.issueDate(), Decimals.money(i.net()),
                    Decimals.money(i.vat()), Decimals.money(i.gross()), Decimals.money(i.prepaid()), Decimals.money(i.payable()), i.ogm(),
                    i.dueDate(), i.orderReference());
        }
    }

    public record LineView(int line, String kind, String code, String description, BigDecimal quantity, String unit, BigDecimal unitPrice,
                    BigDecimal vatRate, boolean weighed, BigDecimal net) {

        /** Over its key alone, consistent with equals: JSON-B hashes every object it writes (see {@code OrderView#hashCode}). */
        @Override
        public int hashCode() {
            return Integer.hashCode(line);
        }

        static LineView of(PrintedLine l) {
            return new LineView(l.position() + 1, l.kind(), l.code(), l.description(), Decimals.plain(l.quantity()), l.unit(),
                    Decimals.plain(l.unitPrice()), l.vatRate().map(Decimals::plain).orElse(null), l.weighed(), Decimals.money(l.net()));
        }
    }

    public record VatView(BigDecimal rate, BigDecimal base, BigDecimal vat) {
        static VatView of(VatBreakdown b) {
            return new VatView(Decimals.plain(b.rate().percent()), Decimals.money(b.base().amount()), Decimals.money(b.vat().amount()));
        }
    }

    public record CreditNoteSummaryView(String number, String invoice, LocalDate issueDate, String reason, BigDecimal net, BigDecimal vat,
                                 BigDecimal gross, BigDecimal prepaid, BigDecimal payable) {

        /** Over its key alone, consistent with equals: JSON-B hashes every object it writes (see {@code OrderView#hashCode}). */
        @Override
        public int hashCode() {
            return Objects.hashCode(number);
        }

        static CreditNoteSummaryView of(CreditNoteSummary n) {
            return new CreditNoteSummaryView(n.number(), n.invoiceNumber(), n.issueDate(), n.reason(), Decimals.money(n.net()),
                    Decimals.money(n.vat()), Decimals.money(n.gross()), Decimals.money(n.prepaid()), Decimals.money(n.payable()));
        }
    }

    /** An invoice with its lines, VAT per rate and credit notes. */
    @JsonbPropertyOrder({"number", "kind", "member", "memberName", "cycle", "orderReference", "issueDate", "deliveryDate", "dueDate", "lines",
            "vatBreakdown", "net", "vat", "gross", "prepaid", "payable", "ogm", "creditNotes"})
    public record InvoiceView(String number, String kind, String member, String memberName, long cycle, String orderReference, LocalDate issueDate,
                       LocalDate deliveryDate, LocalDate dueDate, List<LineView> lines, List<VatView> vatBreakdown, BigDecimal net,
                       BigDecimal vat, BigDecimal gross, BigDecimal prepaid, BigDecimal payable, String ogm,
                       List<CreditNoteSummaryView> creditNotes) {

        /** Over its key alone, consistent with equals: JSON-B hashes every object it writes (see {@code OrderView#hashCode}). */
        @Override
        public int hashCode() {
            return Objects.hashCode(number);
        }

        static InvoiceView of(InvoiceQueries.InvoiceDetail d) {
            RegisteredInvoice r = d.invoice();
            InvoiceSummary i = r.summary();
            return new InvoiceView(i.number(), "INVOICE", i.memberCode(), r.memberName(), i.cycleId(), i.orderReference(), i.issueDate(),
                    r.deliveryDate(), i.dueDate(), r.lines().stream().map(LineView::of).toList(),
                    d.vatBreakdown().stream().map(VatView::of).toList(), Decimals.money(i.net()), Decimals.money(i.vat()),
                    Decimals.money(i.gross()), Decimals.money(i.prepaid()), Decimals.money(i.payable()), i.ogm(),
                    r.creditNotes().stream().map(CreditNoteSummaryView::of).toList());
        }
    }

    /** A credit note with the lines of the invoice it credits and how much of each. */
    public record CreditNoteView(String number, String kind, String invoice, String member, LocalDate issueDate, String reason,
                          List<CreditedLineView> lines, List<VatView> vatBreakdown, BigDecimal net, BigDecimal vat, BigDecimal gross,
                          BigDecimal prepaid, BigDecimal payable) {

        /** Over its key alone, consistent with equals: JSON-B hashes every object it writes (see {@code OrderView#hashCode}). */
        @Override
        public int hashCode() {
            return Objects.hashCode(number);
        }

        static CreditNoteView of(InvoiceQueries.CreditNoteDetail d) {
            RegisteredCreditNote r = d.note();
            CreditNoteSummary n = r.summary();
            return new CreditNoteView(n.number(), "CREDIT_NOTE", n.invoiceNumber(), r.memberCode(), n.issueDate(), n.reason(),
                    r.note().creditedLines().stream().map(l -> new CreditedLineView(l.lineIndex() + 1, Decimals.plain(l.quantity().amount())))
                            .toList(),
                    d.vatBreakdown().stream().map(VatView::of).toList(), Decimals.money(n.net()), Decimals.money(n.vat()),
                    Decimals.money(n.gross()), Decimals.money(n.prepaid()), Decimals.money(n.payable()));
        }
    }

    public record CreditedLineView(int line, BigDecimal quantity) {
    }

    /** The body of a credit-note request: why, and which lines (by their number on the invoice) and how much; none = all that remains. */
    public record CreditNoteRequest(String reason, List<CreditedLineView> lines) {
    }
}
