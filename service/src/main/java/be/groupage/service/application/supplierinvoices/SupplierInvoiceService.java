package be.groupage.service.application.supplierinvoices;

import be.groupage.core.catalogue.Product;
import be.groupage.core.cycle.CycleStatus;
import be.groupage.core.purchasing.InvoiceDecision;
import be.groupage.core.purchasing.MatchReport;
import be.groupage.core.purchasing.OrderedProduct;
import be.groupage.core.purchasing.SupplierInvoice;
import be.groupage.core.purchasing.ThreeWayMatch;
import be.groupage.core.purchasing.Verdict;
import be.groupage.service.application.access.Account;
import be.groupage.service.application.access.AuditTrail;
import be.groupage.service.application.access.CurrentAccount;
import be.groupage.service.application.access.Role;
import be.groupage.service.application.common.ConflictException;
import be.groupage.service.application.common.InputChecks;
import be.groupage.service.application.common.InvalidInputException;
import be.groupage.service.application.common.NotFoundException;
import be.groupage.service.application.port.supplierinvoices.PeppolInbox.Incoming;
import be.groupage.service.application.port.supplierinvoices.SupplierInvoiceBook;
import be.groupage.service.application.port.supplierinvoices.SupplierInvoiceBook.CycleToMatch;
import be.groupage.service.application.port.supplierinvoices.SupplierInvoiceBook.Stored;
import be.groupage.service.application.port.supplierinvoices.SupplierInvoiceReader;
import be.groupage.service.application.port.supplierinvoices.SupplierInvoiceReader.FileError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cooperative's invoices to the platform (three-way match). An invoice arrives as its Peppol BIS Billing 3.0
 * UBL file, uploaded by finance for a cycle ({@link #upload}) or handed over by a Peppol receiver with the same
 * bytes ({@link #receive}, whose cycle is the purchase order's number {@code CYCLE-<id>} in
 * {@code OrderReference}). It is read, checked (a received cycle, issued by the cycle's supplier, not received
 * before: the supplier's invoice number is unique) and stored as received, in one transaction. Reading it
 * recomputes core's {@link ThreeWayMatch} against the cycle's catalogue version, its whole cases and its
 * reception; finance records its decision ({@link #decide}), approved or disputed with a note, as core's
 * {@link InvoiceDecision} rules.
 */
@ApplicationScoped
@Transactional
public class SupplierInvoiceService {

    public static final String UPLOAD = "UPLOAD";
    public static final String PEPPOL = "PEPPOL";
    private static final Set<String> RECEIVED = Set.of(CycleStatus.RECEIVED.name(), CycleStatus.INVOICED.name());
    /** The Peppol document type of a BIS Billing 3.0 invoice (UBL 2.1), the only one received. */
    public static final String PEPPOL_INVOICE = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2::Invoice"
            + "##urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0::2.1";
    /** The Peppol process of BIS Billing 3.0. */
    public static final String PEPPOL_BILLING = "urn:fdc:peppol.eu:2017:poacc:billing:01:1.0";
    private static final int MAX_REASON = 2000;
    private static final Pattern CYCLE_REFERENCE = Pattern.compile("CYCLE-(\\d{1,18})");

    @Inject
    CurrentAccount caller;

    @Inject
    AuditTrail audit;

    @Inject
    SupplierInvoiceReader reader;

    @Inject
    SupplierInvoiceBook book;

    @Inject
    Clock clock;

    /** An invoice as stored, what it says and how it matches the cycle. */
    public record Matched(Stored stored, SupplierInvoice invoice, CycleToMatch cycle, MatchReport report) {
    }

    /** Finance uploads the cooperative's UBL invoice for a cycle. */
    public Matched upload(long cycleId, byte[] ubl) {
        Account account = caller.requireRole(Role.FINANCE);
        CycleToMatch cycle = book.cycle(cycleId).orElseThrow(() -> new NotFoundException("No cycle " + cycleId + "."));
        return register(cycle, read(ubl), ubl, UPLOAD, account.login(), Optional.empty());
    }

    /**
     * A Peppol receiver hands over an invoice it received (it authenticated the sender itself; no account is
     * signed in): the same checks as an upload, the cycle taken from the {@code OrderReference}.
     */
    public Matched receive(byte[] ubl) {
        SupplierInvoice invoice = read(ubl);
        String reference = invoice.orderReference().orElse("");
        Matcher m = CYCLE_REFERENCE.matcher(reference.strip());
        if (!m.matches()) {
            throw InvalidInputException.of("Invoice/OrderReference/ID", "names the purchase order CYCLE-<id> the invoice is for, not '"
                    + reference + "'");
        }
        long cycleId = Long.parseLong(m.group(1));
        CycleToMatch cycle = book.cycle(cycleId).orElseThrow(() -> InvalidInputException.of("Invoice/OrderReference/ID",
                "names no cycle: " + reference));
        return register(cycle, invoice, ubl, PEPPOL, "peppol", Optional.empty());
    }

    /**
     * Our Peppol access point received a business document in an AS4 message (it checked the signature and that the
     * envelope is addressed to us; no account is signed in). A Peppol BIS Billing 3.0 invoice is taken as
     * {@link #receive} takes it, the bytes as received; anything else is refused with the reason (400 or 409 here,
     * an AS4 error for the sender). The same file again, the same AS4 message delivered twice included, is taken
     * without being stored twice: the answer is the invoice already stored, and an audit line says it came again.
     * A different file with an invoice number already received is refused.
     */
    public Matched receiveOverPeppol(Incoming incoming) {
        if (incoming.problem().isPresent()) {
            throw InvalidInputException.of("StandardBusinessDocument", incoming.problem().get());
        }
        if (!PEPPOL_INVOICE.equals(incoming.documentType())) {
            throw InvalidInputException.of("StandardBusinessDocumentHeader/DocumentIdentification", "is a Peppol BIS Billing 3.0 invoice ("
                    + PEPPOL_INVOICE + "), the only document Groupage receives, not " + incoming.documentType());
        }
        if (!PEPPOL_BILLING.equals(incoming.process())) {
            throw InvalidInputException.of("StandardBusinessDocumentHeader/BusinessScope", "names the process " + PEPPOL_BILLING
                    + ", not " + incoming.process());
        }
        SupplierInvoice invoice = read(incoming.document());
        String reference = invoice.orderReference().orElse("");
        Matcher m = CYCLE_REFERENCE.matcher(reference.strip());
        if (!m.matches()) {
            throw InvalidInputException.of("Invoice/OrderReference/ID", "names the purchase order CYCLE-<id> the invoice is for, not '"
                    + reference + "'");
        }
        long cycleId = Long.parseLong(m.group(1));
        CycleToMatch cycle = book.cycle(cycleId).orElseThrow(() -> InvalidInputException.of("Invoice/OrderReference/ID",
                "names no cycle: " + reference));
        return register(cycle, invoice, incoming.document(), PEPPOL, "peppol", Optional.of(incoming));
    }

    /** Records that a document received over Peppol was refused, and why: nothing is lost silently. */
    public void refusedOverPeppol(Incoming incoming, String reason) {
        String why = reason.length() > MAX_REASON ? reason.substring(0, MAX_REASON) + "…" : reason;
        audit.record("SUPPLIER_INVOICE_PEPPOL_REFUSED", "peppol-message", subjectId(incoming.messageId()),
                "from " + incoming.sender() + " (access point " + incoming.fromParty() + ") to " + incoming.receiver() + ", "
                        + incoming.documentType() + ", " + incoming.document().length + " bytes: " + why);
    }

    private static String subjectId(String messageId) {
        return messageId.length() > 80 ? messageId.substring(0, 80) : messageId;
    }

    private SupplierInvoice read(byte[] ubl) {
        if (ubl == null || ubl.length == 0) {
            throw InvalidInputException.of("body", "is the invoice's UBL file, and it is empty");
        }
        SupplierInvoiceReader.ReadInvoice read = reader.read(ubl);
        if (read.invoice().isEmpty()) {
            List<InvalidInputException.InputError> errors = new ArrayList<>();
            for (FileError e : read.errors()) {
                errors.add(new InvalidInputException.InputError(e.element(), e.line().orElse(null), e.column().map(String::valueOf).orElse(null),
                        e.message()));
            }
            throw new InvalidInputException("The file is not a Peppol BIS Billing 3.0 UBL invoice Groupage can read: "
                    + read.errors().get(0).message(), errors);
        }
        return read.invoice().get();
    }

    private Matched register(CycleToMatch cycle, SupplierInvoice invoice, byte[] ubl, String channel, String by, Optional<Incoming> peppol) {
        InputChecks errors = InputChecks.start();
        errors.text("Invoice/ID", invoice.number(), 100);
        errors.text("Invoice/AccountingSupplierParty/Party", invoice.sellerName(), 300);
        invoice.orderReference().ifPresent(r -> errors.optionalText("Invoice/OrderReference/ID", r, 200));
        if (!invoice.issuedBy(cycle.supplierKbo())) {
            errors.error("Invoice/AccountingSupplierParty/Party", "is not the cycle's supplier " + cycle.supplierCode()
                    + " (enterprise number " + cycle.supplierKbo() + "): the seller is identified as " + invoice.sellerIdentifiers());
        }
        errors.throwIfAny();
        if (!RECEIVED.contains(cycle.status())) {
            throw new ConflictException("Cycle " + cycle.id() + " is " + cycle.status()
                    + "; a supplier invoice is matched against its reception, once the cycle is RECEIVED.");
        }
        String sha256 = sha256(ubl);
        Optional<Long> before = book.idOf(cycle.supplierCode(), invoice.number());
        if (before.isPresent()) {
            Optional<Stored> same = book.byId(before.get()).filter(s -> s.sha256().equals(sha256) && s.cycleId() == cycle.id());
            if (peppol.isPresent() && same.isPresent()) {
                audit.record("SUPPLIER_INVOICE_PEPPOL_REPEATED", "supplier-invoice", String.valueOf(before.get()), "AS4 message "
                        + peppol.get().messageId() + " from " + peppol.get().sender() + ": " + invoice.number() + " again, the same file; kept once");
                return matched(same.get(), invoice, cycle);
            }
            throw duplicate(cycle.supplierCode(), invoice.number(), before.get(), sha256);
        }
        long id = book.save(cycle.id(), cycle.supplierCode(), invoice, channel, ubl, sha256, clock.instant(), by)
                .orElseThrow(() -> duplicate(cycle.supplierCode(), invoice.number(), book.idOf(cycle.supplierCode(), invoice.number())
                        .orElse(0L), sha256));
        Matched matched = matched(book.byId(id).orElseThrow(), invoice, cycle);
        MatchReport r = matched.report();
        audit.record("SUPPLIER_INVOICE_RECEIVED", "supplier-invoice", String.valueOf(id), channel
                + peppol.map(p -> " (AS4 message " + p.messageId() + " from " + p.sender() + ")").orElse("") + " " + cycle.supplierCode() + " "
                + invoice.number() + " for cycle " + cycle.id() + ": " + (r.matches() ? "matches" : r.linesWithFindings()
                + " line(s) with findings, " + r.notInvoiced().stream().filter(n -> n.wasReceived()).count() + " received product(s) not invoiced"));
        return matched;
    }

    private ConflictException duplicate(String supplier, String number, long id, String sha256) {
        boolean same = book.byId(id).map(s -> s.sha256().equals(sha256)).orElse(false);
        return new ConflictException("Invoice " + number + " of " + supplier + " was received before (supplier invoice " + id
                + (same ? ", the same file" : ", a different file") + "); an invoice is received once.");
    }

    /** The cycle's supplier invoices, by number, each with its match. */
    public List<Matched> ofCycle(long cycleId) {
        caller.requireRole(Role.FINANCE, Role.COORDINATOR);
        CycleToMatch cycle = book.cycle(cycleId).orElseThrow(() -> new NotFoundException("No cycle " + cycleId + "."));
        return book.ofCycle(cycleId).stream().map(s -> matched(s, cycle)).toList();
    }

    /** One supplier invoice with its line-by-line match. */
    public Matched invoice(long id) {
        caller.requireRole(Role.FINANCE, Role.COORDINATOR);
        Stored stored = book.byId(id).orElseThrow(() -> new NotFoundException("No supplier invoice " + id + "."));
        return matched(stored, book.cycle(stored.cycleId()).orElseThrow());
    }

    /** The UBL file exactly as it was received. */
    public Stored file(long id) {
        caller.requireRole(Role.FINANCE, Role.COORDINATOR);
        return book.byId(id).orElseThrow(() -> new NotFoundException("No supplier invoice " + id + "."));
    }

    /** Finance approves or disputes the invoice; a dispute, or the approval of an invoice that does not match, needs a note. */
    public Matched decide(long id, String verdict, String note) {
        Account account = caller.requireRole(Role.FINANCE);
        InputChecks errors = InputChecks.start();
        Verdict v = null;
        if (verdict == null || verdict.isBlank()) {
            errors.error("verdict", "is required: APPROVED or DISPUTED");
        } else {
            try {
                v = Verdict.valueOf(verdict.strip());
            } catch (IllegalArgumentException e) {
                errors.error("verdict", "is APPROVED or DISPUTED, not '" + verdict + "'");
            }
        }
        Optional<String> text = note == null || note.isBlank() ? Optional.empty() : errors.paragraph("note", note, InvoiceDecision.MAX_NOTE);
        errors.throwIfAny();
        Matched matched = invoice(id);
        InvoiceDecision decision;
        try {
            decision = InvoiceDecision.decide(v, text, matched.report(), account.login(), clock.instant());
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("note", e.getMessage());
        }
        if (!book.decide(id, decision)) {
            throw new NotFoundException("No supplier invoice " + id + ".");
        }
        audit.record("SUPPLIER_INVOICE_" + decision.verdict().name(), "supplier-invoice", String.valueOf(id),
                matched.invoice().number() + " of " + matched.stored().supplierCode() + decision.note().map(n -> ": " + n).orElse(""));
        return invoice(id);
    }

    private Matched matched(Stored stored, CycleToMatch cycle) {
        SupplierInvoice invoice = reader.read(stored.content()).invoice()
                .orElseThrow(() -> new IllegalStateException("Stored supplier invoice " + stored.id() + " can no longer be read"));
        return matched(stored, invoice, cycle);
    }

    private static Matched matched(Stored stored, SupplierInvoice invoice, CycleToMatch cycle) {
        List<OrderedProduct> products = new ArrayList<>();
        for (Product p : cycle.catalogue().products()) {
            products.add(new OrderedProduct(p, cycle.ordered().getOrDefault(p.code(), BigDecimal.ZERO),
                    cycle.received().getOrDefault(p.code(), BigDecimal.ZERO)));
        }
        return new Matched(stored, invoice, cycle, ThreeWayMatch.of(products).check(invoice));
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("No SHA-256", e);
        }
    }

}
