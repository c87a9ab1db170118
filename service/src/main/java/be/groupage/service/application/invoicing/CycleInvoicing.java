package be.groupage.service.application.invoicing;

import be.groupage.core.cycle.Cycle;
import be.groupage.core.cycle.CycleStatus;
import be.groupage.core.cycle.IllegalCycleTransitionException;
import be.groupage.core.invoicing.DocumentNumber;
import be.groupage.core.invoicing.Invoice;
import be.groupage.core.invoicing.InvoiceDraft;
import be.groupage.core.invoicing.InvoiceSeries;
import be.groupage.core.invoicing.InvoiceTotals;
import be.groupage.core.invoicing.PaymentTerms;
import be.groupage.core.payment.StructuredCommunication;
import be.groupage.core.settlement.CycleSettlement;
import be.groupage.core.settlement.SettlementMember;
import be.groupage.service.application.access.AuditTrail;
import be.groupage.service.application.common.ConflictException;
import be.groupage.service.application.common.NotFoundException;
import be.groupage.service.application.cycles.CycleService;
import be.groupage.service.application.document.InvoiceDocument;
import be.groupage.service.application.port.invoicing.CycleToInvoice;
import be.groupage.service.application.port.invoicing.DocumentSeries;
import be.groupage.service.application.port.invoicing.InvoiceBook;
import be.groupage.service.application.port.invoicing.InvoiceSummary;
import be.groupage.service.application.port.invoicing.InvoicingParty;
import be.groupage.service.application.port.invoicing.IssuedInvoice;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.logging.Logger;

/**
 * The first, short step of issuing a cycle's invoices, in one transaction under the cycle's row lock:
 * {@code core} settles the received cycle ({@link CycleSettlement}: goods at the delivered quantities and
 * the cycle's prices, shared costs split by their rule, subsidies), the numbers are taken from the series
 * (gapless, under its lock), the invoices are stored with their lines and the cycle becomes INVOICED.
 * Rendering the documents is the second step, after commit ({@link DocumentFiling}), so the series lock
 * is held for the numbering only.
 */
@ApplicationScoped
public class CycleInvoicing {

    private static final Logger LOG = Logger.getLogger(CycleInvoicing.class.getName());

    @Inject
    InvoiceBook book;

    @Inject
    DocumentSeries series;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /**
     * What one call did: whether it issued the invoices (false: the cycle was invoiced already), and when
     * it did, the invoices as issued and their documents still to render.
     */
    public record Numbered(boolean created, List<InvoiceSummary> issued, List<InvoiceDocument> toRender) {
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Numbered issue(long cycleId, String by) {
        return issue(cycleId, by, documents -> {
        });
    }

    /**
     * As {@link #issue(long, String)}, handing the invoices' documents to {@code whenNumbered} as soon as they are
     * numbered, before the invoices and their lines are written (so their rendering can start meanwhile). The
     * documents may only be stored once this transaction has committed: if it rolls back, they were never issued.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Numbered issue(long cycleId, String by, Consumer<List<InvoiceDocument>> whenNumbered) {
        long start = System.nanoTime();
        CycleToInvoice toInvoice = book.lockForInvoicing(cycleId).orElseThrow(() -> new NotFoundException("No cycle " + cycleId + "."));
        Cycle cycle = toInvoice.cycle();
        if (cycle.status() == CycleStatus.INVOICED) {
            return new Numbered(false, List.of(), List.of());
        }
        if (cycle.status() != CycleStatus.RECEIVED) {
            throw new ConflictException("Cycle " + cycleId + " is " + cycle.status() + "; its invoices are issued once it is RECEIVED.");
        }
        InvoicingParty issuer = book.invoicingParty()
                .orElseThrow(() -> new ConflictException("The invoicing party (issuer) is not set up yet."));
        List<SettlementMember> members = toInvoice.members().values().stream().map(CycleToInvoice.InvoicedMember::settlement).toList();
        CycleSettlement settlement;
        try {
            settlement = CycleSettlement.of(toInvoice.reception(), toInvoice.prices(), members)
                    .costs(toInvoice.costs()).subsidies(toInvoice.subsidies()).settle();
        } catch (IllegalArgumentException e) {
            throw new ConflictException("Cycle " + cycleId + " cannot be settled: " + e.getMessage());
        }
        long settledAt = System.nanoTime();
        List<InvoiceDraft> drafts = settlement.drafts();
        if (drafts.isEmpty()) {
            throw new ConflictException("Cycle " + cycleId + " delivered nothing to any member: there is nothing to invoice.");
        }
        Instant now = clock.instant();
        try {
            cycle.invoice(clock);
        } catch (IllegalCycleTransitionException e) {
            throw new ConflictException(e.getMessage());
        }
        LocalDate today = LocalDate.ofInstant(now, CycleService.BRUSSELS);
        InvoiceSeries invoices = issuer.seriesPrefix().isEmpty() ? InvoiceSeries.invoices(today.getYear())
                : InvoiceSeries.invoices(issuer.seriesPrefix(), today.getYear());
        PaymentTerms terms = PaymentTerms.days(issuer.paymentTermsDays());
        List<DocumentNumber> numbers = series.take(invoices, drafts.size());
        List<IssuedInvoice> issued = new ArrayList<>(drafts.size());
        List<InvoiceDocument> documents = new ArrayList<>(drafts.size());
        List<InvoiceSummary> summaries = new ArrayList<>(drafts.size());
        for (int i = 0; i < drafts.size(); i++) {
            InvoiceDraft draft = drafts.get(i);
            Invoice invoice = draft.issue(numbers.get(i), today, terms);
            issued.add(new IssuedInvoice(cycleId, DocumentSeries.key(invoices), invoice, toInvoice.deliveryDate()));
            InvoiceTotals t = invoice.totals();
            summaries.add(new InvoiceSummary(invoice.number().text(), invoice.memberCode(), cycleId, invoice.issueDate(), t.net().amount(),
                    t.vat().amount(), t.gross().amount(), t.paidByThirdParties().amount(), t.payable().amount(),
                    StructuredCommunication.ofBase(invoice.ogmBase()).formatted(), invoice.dueDate(), invoice.orderReference().orElse(null)));
            CycleToInvoice.InvoicedMember member = toInvoice.members().get(draft.memberCode());
            documents.add(new InvoiceDocument(invoice, issuer.party(), member.party(), issuer.account(), toInvoice.deliveryDate(),
                    toInvoice.lot(), toInvoice.title(), Optional.of(member.settlement().deliveryPoint())));
        }
        Instant invoicedAt = cycle.enteredAt(CycleStatus.INVOICED).orElse(now);
        long numberedAt = System.nanoTime();
        whenNumbered.accept(List.copyOf(documents));
        book.saveIssued(cycleId, issued, invoicedAt, by);
        long savedAt = System.nanoTime();
        LOG.info(() -> "Cycle " + cycleId + ": reception read and settled in " + (settledAt - start) / 1_000_000 + " ms, "
                + drafts.size() + " invoice(s) numbered in " + (numberedAt - settledAt) / 1_000_000 + " ms and stored with their lines in "
                + (savedAt - numberedAt) / 1_000_000 + " ms");
        audit.record("CYCLE_INVOICED", "cycle", String.valueOf(cycleId), "RECEIVED -> INVOICED; " + issued.size() + " invoice(s) "
                + numbers.get(0).text() + " to " + numbers.get(numbers.size() - 1).text() + ", settled by core (delivered value "
                + settlement.deliveredValue().amount().toPlainString() + " EUR" + (settlement.costSplit().notices().isEmpty() ? ""
                : "; " + settlement.costSplit().notices()) + ")");
        return new Numbered(true, summaries, documents);
    }
}
