package be.groupage.service.application;

import be.groupage.core.catalogue.CatalogueVersion;
import be.groupage.core.catalogue.Product;
import be.groupage.core.costsplit.CostShare;
import be.groupage.core.costsplit.CostSplit;
import be.groupage.core.costsplit.CostSplitter;
import be.groupage.core.costsplit.Participant;
import be.groupage.core.costsplit.SharedCost;
import be.groupage.core.costsplit.SplitRule;
import be.groupage.core.costsplit.Subsidy;
import be.groupage.core.cycle.Cycle;
import be.groupage.core.cycle.CycleStatus;
import be.groupage.core.invoicing.CreditNote;
import be.groupage.core.invoicing.CreditedLine;
import be.groupage.core.invoicing.DocumentNumber;
import be.groupage.core.invoicing.Invoice;
import be.groupage.core.invoicing.InvoiceDraft;
import be.groupage.core.invoicing.InvoiceLine;
import be.groupage.core.invoicing.InvoiceSeries;
import be.groupage.core.invoicing.InvoiceTotals;
import be.groupage.core.invoicing.PaymentTerms;
import be.groupage.core.money.Money;
import be.groupage.core.money.Quantity;
import be.groupage.core.money.Unit;
import be.groupage.core.money.VatRate;
import be.groupage.core.payment.StructuredCommunication;
import be.groupage.service.infrastructure.documents.CreditNoteDocument;
import be.groupage.service.infrastructure.documents.InvoiceDocument;
import be.groupage.service.infrastructure.documents.InvoicePdfRenderer;
import be.groupage.service.infrastructure.documents.UblWriter;
import be.groupage.service.infrastructure.persistence.CreditNoteEntity;
import be.groupage.service.infrastructure.persistence.CreditNoteLineEntity;
import be.groupage.service.infrastructure.persistence.CycleEntity;
import be.groupage.service.infrastructure.persistence.CycleSharedCostEntity;
import be.groupage.service.infrastructure.persistence.CycleSubsidyEntity;
import be.groupage.service.infrastructure.persistence.DeliveryEntity;
import be.groupage.service.infrastructure.persistence.InvoiceEntity;
import be.groupage.service.infrastructure.persistence.InvoiceLineEntity;
import be.groupage.service.infrastructure.persistence.IssuerEntity;
import be.groupage.service.infrastructure.persistence.MemberEntity;
import be.groupage.service.infrastructure.persistence.MemberOrderEntity;
import be.groupage.service.infrastructure.persistence.StoredDocumentEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Issues invoices and credit notes, each in one transaction with its number: the number is taken
 * ({@link DocumentNumbering}), the document computed by {@code core}, stored with its lines, rendered to
 * PDF and UBL, the bytes stored with their SHA-256, and an audit line written; any failure rolls all of
 * it back, number included.
 *
 * <p>A cycle's invoices: one per member that received goods (its purchase order), with its goods at the
 * delivered (weighed) quantities and cycle prices, its shares of the shared costs and its subsidies
 * (split by {@code core}'s largest-remainder rule). The cycle row is locked first, so that two requests,
 * even on two service instances, cannot both issue the same cycle: the second finds it INVOICED and
 * issues nothing.
 */
@ApplicationScoped
@Transactional
public class InvoicingService {

    static final String PDF = "PDF";
    static final String UBL = "UBL";
    static final String INVOICE = "INVOICE";
    static final String CREDIT_NOTE = "CREDIT_NOTE";

    private final InvoicePdfRenderer pdf = new InvoicePdfRenderer();
    private final UblWriter ubl = new UblWriter();

    @PersistenceContext(unitName = "groupage")
    EntityManager em;

    @Inject
    CurrentAccount caller;

    @Inject
    CycleStore store;

    @Inject
    DocumentNumbering numbering;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** The invoices of a cycle and whether this call issued them (false: they existed already). */
    public record Issued(boolean created, List<InvoiceEntity> invoices) {
    }

    /** One credited line as asked: the invoice line number as printed (from 1) and a quantity. */
    public record CreditRequest(Integer line, BigDecimal quantity) {
    }

    public Issued issueForCycle(long cycleId) {
        Account account = requireFinance();
        CycleEntity c = em.find(CycleEntity.class, cycleId, LockModeType.PESSIMISTIC_WRITE);
        if (c == null) {
            throw new NotFoundException("No cycle " + cycleId + ".");
        }
        if (CycleStatus.INVOICED.name().equals(c.status())) {
            return new Issued(false, invoicesOf(c));
        }
        if (!CycleStatus.RECEIVED.name().equals(c.status())) {
            throw new ConflictException("Cycle " + cycleId + " is " + c.status() + "; its invoices are issued once it is RECEIVED.");
        }
        IssuerEntity issuer = issuer();
        CatalogueVersion catalogue = store.catalogueVersion(c.catalogue());

        Map<String, MemberEntity> members = new TreeMap<>();
        Map<String, Map<String, BigDecimal>> delivered = new TreeMap<>();
        for (DeliveryEntity d : em.createNamedQuery("Delivery.ofCycle", DeliveryEntity.class).setParameter("cycle", c).getResultList()) {
            members.put(d.member().code(), d.member());
            delivered.computeIfAbsent(d.member().code(), k -> new TreeMap<>()).merge(d.productCode(), d.quantity(), BigDecimal::add);
        }
        Map<String, String> purchaseOrders = new HashMap<>();
        for (MemberOrderEntity o : store.orders(c)) {
            if (o.purchaseOrderRef() != null && !o.purchaseOrderRef().isBlank()) {
                purchaseOrders.put(o.member().code(), o.purchaseOrderRef().strip());
            }
        }

        Map<String, List<InvoiceLine>> lines = new TreeMap<>();
        List<Participant> participants = new ArrayList<>();
        for (Map.Entry<String, Map<String, BigDecimal>> m : delivered.entrySet()) {
            List<InvoiceLine> goods = new ArrayList<>();
            Money value = Money.zero();
            BigDecimal kg = BigDecimal.ZERO;
            for (Map.Entry<String, BigDecimal> p : m.getValue().entrySet()) {
                if (p.getValue().signum() == 0) {
                    continue;
                }
                Product product = catalogue.product(p.getKey()).orElseThrow(() -> new IllegalStateException(
                        "Product " + p.getKey() + " delivered in cycle " + cycleId + " is not in its catalogue"));
                InvoiceLine line = InvoiceLine.goods(product.code(), product.name(), Quantity.of(p.getValue(), product.unit()),
                        product.price(), product.vatRate(), product.variableWeight());
                goods.add(line);
                value = value.plus(line.net());
                if (product.unit() == Unit.KGM) {
                    kg = kg.add(p.getValue());
                } else if (product.unit() == Unit.GRM) {
                    kg = kg.add(p.getValue().movePointLeft(3));
                }
            }
            if (!goods.isEmpty()) {
                lines.put(m.getKey(), goods);
                participants.add(Participant.of(m.getKey(), members.get(m.getKey()).deliveryPoint(), value, kg));
            }
        }
        if (lines.isEmpty()) {
            throw new ConflictException("Cycle " + cycleId + " delivered nothing to any member: there is nothing to invoice.");
        }
        List<SharedCost> costs = new ArrayList<>();
        for (CycleSharedCostEntity s : c.sharedCosts()) {
            costs.add(SharedCost.of(s.label(), Money.euros(s.amount()), VatRate.ofPercent(s.vatRate()), SplitRule.valueOf(s.rule())));
        }
        List<Subsidy> subsidies = new ArrayList<>();
        for (CycleSubsidyEntity s : c.subsidies()) {
            subsidies.add(s.capPerMember() == null ? Subsidy.uncapped(s.label(), s.percent())
                    : Subsidy.capped(s.label(), s.percent(), Money.euros(s.capPerMember())));
        }
        CostSplit split = CostSplitter.largestRemainder().split(participants, costs, subsidies);
        for (Map.Entry<String, List<InvoiceLine>> e : lines.entrySet()) {
            for (CostShare share : split.sharesOf(e.getKey())) {
                e.getValue().add(share.kind() == CostShare.Kind.SUBSIDY
                        ? InvoiceLine.subsidy(share.label(), share.amount())
                        : InvoiceLine.costShare(share.label(), share.amount(), share.vatRate().orElseThrow()));
            }
        }

        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, CycleService.BRUSSELS);
        LocalDate deliveryDate = Optional.ofNullable(c.transitions().get(CycleStatus.RECEIVED.name()))
                .map(at -> LocalDate.ofInstant(at, CycleService.BRUSSELS)).orElse(c.deliveryDate());
        InvoiceSeries series = issuer.seriesPrefix() == null || issuer.seriesPrefix().isBlank()
                ? InvoiceSeries.invoices(today.getYear()) : InvoiceSeries.invoices(issuer.seriesPrefix().strip(), today.getYear());
        PaymentTerms terms = PaymentTerms.days(issuer.paymentTermsDays());
        var seller = DocumentParties.issuer(issuer);
        var payTo = DocumentParties.account(issuer);
        var lot = DocumentParties.lot(c);

        List<InvoiceEntity> issued = new ArrayList<>();
        for (Map.Entry<String, List<InvoiceLine>> e : lines.entrySet()) {
            MemberEntity member = members.get(e.getKey());
            String po = purchaseOrders.get(e.getKey());
            InvoiceDraft draft = po == null ? InvoiceDraft.of(e.getKey(), e.getValue()) : InvoiceDraft.of(e.getKey(), po, e.getValue());
            DocumentNumber number = numbering.next(series);
            Invoice invoice = draft.issue(number, today, terms);
            InvoiceTotals t = invoice.totals();
            StructuredCommunication ogm = StructuredCommunication.ofBase(invoice.ogmBase());
            InvoiceEntity entity = new InvoiceEntity(number.text(), DocumentNumbering.key(series), series.year(), number.sequence(), c, member,
                    po, today, invoice.dueDate(), deliveryDate, t.net().amount(), t.vat().amount(), t.gross().amount(),
                    t.paidByThirdParties().amount(), t.payable().amount(), ogm.formatted(), now, account.login());
            int position = 0;
            for (InvoiceLine l : invoice.lines()) {
                entity.addLine(new InvoiceLineEntity(entity, position++, l.kind().name(), l.code(), l.description(), l.quantity().amount(),
                        l.quantity().unit().code(), l.unitPrice().amount(), l.vatRate().map(VatRate::percent).orElse(null), l.weighed(),
                        l.net().amount()));
            }
            em.persist(entity);
            InvoiceDocument doc = new InvoiceDocument(invoice, seller, DocumentParties.member(member), payTo, deliveryDate, lot, c.title(),
                    Optional.ofNullable(member.deliveryPoint()));
            String pdfHash = storeDocument(INVOICE, number.text(), PDF, "application/pdf", pdf.render(doc), now);
            storeDocument(INVOICE, number.text(), UBL, "application/xml", ubl.invoice(doc), now);
            audit.record("INVOICE_ISSUED", "invoice", number.text(), "cycle " + cycleId + ", member " + e.getKey()
                    + ", payable " + t.payable().amount().toPlainString() + " EUR, OGM " + ogm.formatted() + ", PDF sha256 " + pdfHash);
            issued.add(entity);
        }
        Cycle cycle = store.restore(c, catalogue, List.of());
        cycle.invoice(clock);
        c.moveTo(CycleStatus.INVOICED.name(), cycle.enteredAt(CycleStatus.INVOICED).orElse(now), account.login());
        audit.record("CYCLE_INVOICED", "cycle", String.valueOf(cycleId), "RECEIVED -> INVOICED; " + issued.size() + " invoice(s) "
                + issued.get(0).number() + " to " + issued.get(issued.size() - 1).number());
        em.flush();
        return new Issued(true, issued);
    }

    /**
     * Issues a credit note for an invoice: the given quantities of the given lines, or whatever earlier
     * credit notes left when no line is given.
     */
    public CreditNoteEntity creditNote(String invoiceNumber, String reason, List<CreditRequest> requested) {
        Account account = requireFinance();
        InvoiceEntity ie = em.createNamedQuery("Invoice.byNumber", InvoiceEntity.class).setParameter("number", invoiceNumber)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("No invoice " + invoiceNumber + "."));
        String why = reason == null ? "" : reason.strip();
        InputChecks errors = InputChecks.start();
        if (why.isEmpty()) {
            errors.error("reason", "is required: say why the invoice is corrected");
        } else if (why.length() > 500) {
            errors.error("reason", "has at most 500 characters");
        }
        Invoice invoice = Invoices.toCore(ie);
        List<CreditedLine> credited = new ArrayList<>();
        for (int i = 0; requested != null && i < requested.size(); i++) {
            CreditRequest r = requested.get(i);
            String at = "lines[" + i + "]";
            if (r == null || r.line() == null) {
                errors.error(at + ".line", "is required (the line number as printed on the invoice, from 1)");
                continue;
            }
            if (r.line() < 1 || r.line() > invoice.lines().size()) {
                errors.error(at + ".line", "invoice " + invoiceNumber + " has lines 1 to " + invoice.lines().size() + ", not " + r.line());
                continue;
            }
            Unit unit = invoice.lines().get(r.line() - 1).quantity().unit();
            if (r.quantity() == null || r.quantity().signum() <= 0) {
                errors.error(at + ".quantity", "must be positive");
                continue;
            }
            try {
                credited.add(CreditedLine.of(r.line() - 1, Quantity.of(r.quantity(), unit)));
            } catch (IllegalArgumentException e) {
                errors.error(at + ".quantity", e.getMessage());
            }
        }
        errors.throwIfAny();
        List<CreditNote> earlier = new ArrayList<>();
        for (CreditNoteEntity n : em.createNamedQuery("CreditNote.ofInvoice", CreditNoteEntity.class).setParameter("invoice", ie).getResultList()) {
            earlier.add(Invoices.toCore(n, invoice));
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, CycleService.BRUSSELS);
        InvoiceSeries series = InvoiceSeries.creditNotes(today.getYear());
        // Validated against the invoice and earlier notes before a number is taken.
        credit(invoice, series.first(), today, credited, earlier);
        DocumentNumber number = numbering.next(series);
        CreditNote note = credit(invoice, number, today, credited, earlier);
        InvoiceTotals t = note.totals();
        CreditNoteEntity entity = new CreditNoteEntity(number.text(), DocumentNumbering.key(series), series.year(), number.sequence(), ie,
                today, why, t.net().amount(), t.vat().amount(), t.gross().amount(), t.paidByThirdParties().amount(), t.payable().amount(),
                now, account.login());
        int position = 0;
        for (CreditedLine l : note.creditedLines()) {
            entity.addLine(new CreditNoteLineEntity(entity, position++, l.lineIndex(), l.quantity().amount()));
        }
        em.persist(entity);
        IssuerEntity issuer = issuer();
        CreditNoteDocument doc = new CreditNoteDocument(note, invoice, why, DocumentParties.issuer(issuer), DocumentParties.member(ie.member()),
                DocumentParties.account(issuer), ie.deliveryDate(), DocumentParties.lot(ie.cycle()), ie.cycle().title());
        String pdfHash = storeDocument(CREDIT_NOTE, number.text(), PDF, "application/pdf", pdf.render(doc), now);
        storeDocument(CREDIT_NOTE, number.text(), UBL, "application/xml", ubl.creditNote(doc), now);
        audit.record("CREDIT_NOTE_ISSUED", "credit_note", number.text(), "credits invoice " + invoiceNumber + " by "
                + t.payable().amount().toPlainString() + " EUR: " + why + "; PDF sha256 " + pdfHash);
        em.flush();
        return entity;
    }

    private static CreditNote credit(Invoice invoice, DocumentNumber number, LocalDate date, List<CreditedLine> lines, List<CreditNote> earlier) {
        try {
            return lines.isEmpty() ? CreditNote.remainder(invoice, number, date, earlier) : CreditNote.partial(invoice, number, date, lines, earlier);
        } catch (IllegalArgumentException e) {
            throw new ConflictException(e.getMessage());
        }
    }

    private String storeDocument(String kind, String number, String format, String mediaType, byte[] content, Instant now) {
        String hash = sha256(content);
        em.persist(new StoredDocumentEntity(kind, number, format, mediaType, content, hash, now));
        return hash;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    List<InvoiceEntity> invoicesOf(CycleEntity c) {
        return em.createNamedQuery("Invoice.ofCycle", InvoiceEntity.class).setParameter("cycle", c).getResultList();
    }

    private IssuerEntity issuer() {
        IssuerEntity issuer = em.find(IssuerEntity.class, IssuerEntity.SINGLETON_ID);
        if (issuer == null) {
            throw new ConflictException("The invoicing party (issuer) is not set up yet.");
        }
        return issuer;
    }

    private Account requireFinance() {
        Account account = caller.require();
        if (!account.is(Role.FINANCE) && !account.is(Role.COORDINATOR)) {
            throw new ForbiddenException("Only finance staff and the coordinator issue invoices and credit notes.");
        }
        return account;
    }
}
