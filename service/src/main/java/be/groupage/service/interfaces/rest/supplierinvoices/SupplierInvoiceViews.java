package be.groupage.service.interfaces.rest.supplierinvoices;

import be.groupage.core.money.Money;
import be.groupage.core.purchasing.Finding;
import be.groupage.core.purchasing.InvoiceDecision;
import be.groupage.core.purchasing.LineMatch;
import be.groupage.core.purchasing.MatchReport;
import be.groupage.core.purchasing.NotInvoiced;
import be.groupage.core.purchasing.SupplierInvoice;
import be.groupage.core.purchasing.SupplierInvoiceLine;
import be.groupage.core.purchasing.TotalCheck;
import be.groupage.service.application.supplierinvoices.SupplierInvoiceService.Matched;
import be.groupage.service.interfaces.rest.common.Decimals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** The JSON shapes of the cooperative's invoices and their three-way match. */
public final class SupplierInvoiceViews {

    private SupplierInvoiceViews() {
    }

    /** Finance's decision: {@code APPROVED} or {@code DISPUTED}, with a note (required for a dispute). */
    public record DecisionDto(String verdict, String note) {
    }

    public record DecisionView(String verdict, String note, String by, Instant at) {
        static DecisionView of(InvoiceDecision d) {
            return new DecisionView(d.verdict().name(), d.note().orElse(null), d.by(), d.at());
        }
    }

    /**
     * An invoice in a list: its header, totals as declared, whether it matches the order and the reception, and
     * the decision if any.
     */
    public record SupplierInvoiceSummaryView(long id, long cycle, String supplier, String number, LocalDate issueDate, LocalDate dueDate,
                                             String orderReference, String seller, String channel, BigDecimal net, BigDecimal vat,
                                             BigDecimal gross, BigDecimal payable, int lineCount, boolean matches, long linesWithFindings,
                                             Instant receivedAt, String receivedBy, DecisionView decision) {

        static SupplierInvoiceSummaryView of(Matched m) {
            SupplierInvoice i = m.invoice();
            MatchReport r = m.report();
            return new SupplierInvoiceSummaryView(m.stored().id(), m.stored().cycleId(), m.stored().supplierCode(), i.number(), i.issueDate(),
                    i.dueDate().orElse(null), i.orderReference().orElse(null), i.sellerName(), m.stored().channel(), money(i.totals().taxExclusive()),
                    money(i.totals().vat()), money(i.totals().taxInclusive()), money(i.totals().payable()), i.lines().size(), r.matches(),
                    r.linesWithFindings(), m.stored().receivedAt(), m.stored().receivedBy(),
                    m.stored().decision().map(DecisionView::of).orElse(null));
        }

        /** Over its key alone, consistent with equals: JSON-B hashes every object it writes (see {@code OrderView#hashCode}). */
        @Override
        public int hashCode() {
            return Long.hashCode(id);
        }
    }

    /** What the invoice says next to what the reception is worth at the catalogue prices. */
    public record ComparisonView(BigDecimal receptionNet, BigDecimal receptionVat, BigDecimal receptionGross, BigDecimal invoicedNet,
                                 BigDecimal invoicedVat, BigDecimal invoicedGross, BigDecimal difference) {
        static ComparisonView of(MatchReport r) {
            return new ComparisonView(money(r.receptionNet()), money(r.receptionVat()), money(r.receptionNet().plus(r.receptionVat())),
                    money(r.invoicedNet()), money(r.invoicedVat()), money(r.invoicedNet().plus(r.invoicedVat())), money(r.differenceWithReception()));
        }
    }

    /** An invoice with its line-by-line three-way match. */
    public record SupplierInvoiceView(SupplierInvoiceSummaryView invoice, String sha256, List<LineView> lines, List<NotInvoicedView> notInvoiced,
                                      List<TotalView> totals, ComparisonView comparison) {

        static SupplierInvoiceView of(Matched m) {
            MatchReport r = m.report();
            return new SupplierInvoiceView(SupplierInvoiceSummaryView.of(m), m.stored().sha256(), r.lines().stream().map(LineView::of).toList(),
                    r.notInvoiced().stream().map(NotInvoicedView::of).toList(), r.totals().stream().map(TotalView::of).toList(), ComparisonView.of(r));
        }

        /** Over its key alone, consistent with equals: JSON-B hashes every object it writes (see {@code OrderView#hashCode}). */
        @Override
        public int hashCode() {
            return Objects.hashCode(sha256);
        }
    }

    /**
     * A line of the invoice: as written, the product of the cycle it was found to be ({@code product}, absent when
     * unknown), the quantities ordered and received of it, what the line would cost at the catalogue price, and its
     * state: {@code MATCHED} or {@code DIFFERS} with the findings.
     */
    public record LineView(int position, String lineId, String product, String sellerItemId, String gtin, String description,
                           BigDecimal quantity, String unit, BigDecimal unitPrice, String vatCategory, BigDecimal vatRate, BigDecimal net,
                           BigDecimal ordered, BigDecimal received, BigDecimal expectedNet, String state, List<FindingView> findings) {

        static LineView of(LineMatch m) {
            SupplierInvoiceLine l = m.line();
            return new LineView(l.position(), l.lineId(), m.productCode().orElse(null), l.sellerItemId().orElse(null), l.gtin().orElse(null),
                    l.description(), Decimals.plain(l.quantity()), l.unitCode(), Decimals.plain(l.unitPrice()), l.vatCategory(),
                    Decimals.plain(l.vatRate().percent()), money(l.lineNet()), m.ordered().map(Decimals::plain).orElse(null),
                    m.received().map(Decimals::plain).orElse(null), m.expectedNet().map(SupplierInvoiceViews::money).orElse(null),
                    m.matches() ? "MATCHED" : "DIFFERS", m.findings().stream().map(FindingView::of).toList());
        }

        /** Over its key alone, consistent with equals: JSON-B hashes every object it writes (see {@code OrderView#hashCode}). */
        @Override
        public int hashCode() {
            return position;
        }
    }

    /** One discrepancy: expected (catalogue, order or reception), actual (the invoice), difference = actual - expected, and its cost excl. VAT. */
    public record FindingView(String kind, String expected, String actual, BigDecimal difference, BigDecimal amount, String message) {
        static FindingView of(Finding f) {
            return new FindingView(f.kind().name(), f.expected().orElse(null), f.actual().orElse(null),
                    f.difference().map(Decimals::plain).orElse(null), f.amount().map(SupplierInvoiceViews::money).orElse(null), f.message());
        }
    }

    public record NotInvoicedView(String product, String name, BigDecimal ordered, BigDecimal received, BigDecimal receivedValue) {
        static NotInvoicedView of(NotInvoiced n) {
            return new NotInvoicedView(n.productCode(), n.name(), Decimals.plain(n.ordered()), Decimals.plain(n.received()), money(n.receivedValue()));
        }
    }

    /** A total as declared and as the lines give it; difference = declared - computed. */
    public record TotalView(String name, BigDecimal declared, BigDecimal computed, BigDecimal difference, boolean matches) {
        static TotalView of(TotalCheck t) {
            return new TotalView(t.name(), money(t.declared()), money(t.computed()), money(t.difference()), t.matches());
        }
    }

    static BigDecimal money(Money m) {
        return Decimals.money(m.amount());
    }
}
