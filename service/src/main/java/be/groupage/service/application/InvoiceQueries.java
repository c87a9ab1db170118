package be.groupage.service.application;

import be.groupage.core.invoicing.CreditNote;
import be.groupage.core.invoicing.Invoice;
import be.groupage.core.invoicing.InvoiceComputation;
import be.groupage.core.invoicing.VatBreakdown;
import be.groupage.core.money.VatRate;
import be.groupage.service.infrastructure.persistence.StoredInvoices;
import be.groupage.service.infrastructure.persistence.CreditNoteEntity;
import be.groupage.service.infrastructure.persistence.CycleEntity;
import be.groupage.service.infrastructure.persistence.InvoiceEntity;
import be.groupage.service.infrastructure.persistence.StoredDocumentEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Reading issued documents with tenancy: finance staff and the coordinator see every invoice, a buyer
 * only its member's (another member's invoice is answered 404, as if it did not exist); the documents
 * exactly as stored; a cycle's documents as a ZIP; the accounting export.
 */
@ApplicationScoped
@Transactional
public class InvoiceQueries {

    @PersistenceContext(unitName = "groupage")
    EntityManager em;

    @Inject
    CurrentAccount caller;

    /** An invoice with what a reader needs beside it: its amounts per rate and its credit notes. */
    public record InvoiceDetail(InvoiceEntity invoice, List<VatBreakdown> vatBreakdown, List<CreditNoteEntity> creditNotes) {
    }

    /** A credit note and the VAT per rate of its lines. */
    public record CreditNoteDetail(CreditNoteEntity note, List<VatBreakdown> vatBreakdown) {
    }

    /** A stored document: its bytes, media type and SHA-256. */
    public record Document(String fileName, String mediaType, byte[] content, String sha256) {
    }

    public List<InvoiceEntity> list(Optional<Long> cycle, Optional<String> member, Optional<LocalDate> from, Optional<LocalDate> to) {
        Account account = readerAccount();
        Optional<String> onlyMember = account.is(Role.BUYER) ? account.memberCode() : member;
        if (account.is(Role.BUYER) && member.isPresent() && !member.equals(account.memberCode())) {
            return List.of();
        }
        StringBuilder jpql = new StringBuilder("SELECT i FROM InvoiceEntity i WHERE 1 = 1");
        cycle.ifPresent(c -> jpql.append(" AND i.cycle.id = :cycle"));
        onlyMember.ifPresent(m -> jpql.append(" AND i.member.code = :member"));
        from.ifPresent(f -> jpql.append(" AND i.issueDate >= :from"));
        to.ifPresent(t -> jpql.append(" AND i.issueDate <= :to"));
        jpql.append(" ORDER BY i.year, i.sequence");
        TypedQuery<InvoiceEntity> query = em.createQuery(jpql.toString(), InvoiceEntity.class);
        cycle.ifPresent(c -> query.setParameter("cycle", c));
        onlyMember.ifPresent(m -> query.setParameter("member", m));
        from.ifPresent(f -> query.setParameter("from", f));
        to.ifPresent(t -> query.setParameter("to", t));
        return query.getResultList();
    }

    public InvoiceDetail invoice(String number) {
        InvoiceEntity invoice = visibleInvoice(number);
        List<CreditNoteEntity> notes = em.createNamedQuery("CreditNote.ofInvoice", CreditNoteEntity.class).setParameter("invoice", invoice)
                .getResultList();
        return new InvoiceDetail(invoice, StoredInvoices.toCore(invoice).computation().vatBreakdown(), notes);
    }

    /** A credit note, under the same rules as the invoice it corrects. */
    public Optional<CreditNoteDetail> creditNote(String number) {
        Optional<CreditNoteEntity> note = em.createNamedQuery("CreditNote.byNumber", CreditNoteEntity.class).setParameter("number", number)
                .getResultStream().findFirst();
        if (note.isEmpty()) {
            return Optional.empty();
        }
        InvoiceEntity invoice = visibleInvoice(note.get().invoice().number());
        return Optional.of(new CreditNoteDetail(note.get(), StoredInvoices.toCore(note.get(), StoredInvoices.toCore(invoice)).computation().vatBreakdown()));
    }

    /** The PDF or UBL of an invoice or credit note, byte for byte as issued. */
    public Document document(String number, String format) {
        String kind;
        if (em.createNamedQuery("Invoice.byNumber", InvoiceEntity.class).setParameter("number", number).getResultStream().findFirst().isPresent()) {
            visibleInvoice(number);
            kind = InvoicingService.INVOICE;
        } else if (creditNote(number).isPresent()) {
            kind = InvoicingService.CREDIT_NOTE;
        } else {
            throw new NotFoundException("No invoice " + number + ".");
        }
        StoredDocumentEntity d = em.createNamedQuery("StoredDocument.find", StoredDocumentEntity.class).setParameter("kind", kind)
                .setParameter("number", number).setParameter("format", format).getResultStream().findFirst()
                .orElseThrow(() -> new NotReadyException("The " + format + " of " + number + " is being rendered; it is served as soon as it is stored.", 2));
        return new Document(number + (InvoicingService.PDF.equals(format) ? ".pdf" : ".xml"), d.mediaType(), d.content(), d.sha256());
    }

    /** Every invoice of a cycle and every credit note of them, PDF and UBL, in one ZIP. */
    public byte[] cycleZip(long cycleId) {
        requireFinance();
        CycleEntity c = Optional.ofNullable(em.find(CycleEntity.class, cycleId)).orElseThrow(() -> new NotFoundException("No cycle " + cycleId + "."));
        List<InvoiceEntity> invoices = em.createNamedQuery("Invoice.ofCycle", InvoiceEntity.class).setParameter("cycle", c).getResultList();
        if (invoices.isEmpty()) {
            throw new ConflictException("Cycle " + cycleId + " has no invoice yet.");
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (InvoiceEntity i : invoices) {
                add(zip, "factures/", InvoicingService.INVOICE, i.number());
                for (CreditNoteEntity n : em.createNamedQuery("CreditNote.ofInvoice", CreditNoteEntity.class).setParameter("invoice", i).getResultList()) {
                    add(zip, "notes-de-credit/", InvoicingService.CREDIT_NOTE, n.number());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private void add(ZipOutputStream zip, String folder, String kind, String number) throws IOException {
        for (StoredDocumentEntity d : em.createQuery("SELECT d FROM StoredDocumentEntity d WHERE d.kind = :kind AND d.number = :number ORDER BY d.format",
                StoredDocumentEntity.class).setParameter("kind", kind).setParameter("number", number).getResultList()) {
            ZipEntry entry = new ZipEntry(folder + number + (InvoicingService.PDF.equals(d.format()) ? ".pdf" : ".xml"));
            zip.putNextEntry(entry);
            zip.write(d.content());
            zip.closeEntry();
        }
    }

    /**
     * Invoices and credit notes issued between two dates (inclusive) for the accounts: one line each,
     * {@code ;} separated, decimal comma, UTF-8 with BOM; a column pair (base, VAT) per rate met; credit
     * notes negative.
     */
    public byte[] accountingCsv(LocalDate from, LocalDate to) {
        requireFinance();
        if (to.isBefore(from)) {
            throw InvalidInputException.of("to", "must not be before from (" + from + ")");
        }
        List<InvoiceEntity> invoices = em.createQuery("SELECT i FROM InvoiceEntity i WHERE i.issueDate BETWEEN :from AND :to",
                InvoiceEntity.class).setParameter("from", from).setParameter("to", to).getResultList();
        List<CreditNoteEntity> notes = em.createQuery("SELECT n FROM CreditNoteEntity n WHERE n.issueDate BETWEEN :from AND :to",
                CreditNoteEntity.class).setParameter("from", from).setParameter("to", to).getResultList();
        record Row(LocalDate date, String kind, int year, int sequence, String number, InvoiceEntity invoice, InvoiceComputation amounts, int sign) {
        }
        List<Row> rows = new ArrayList<>();
        TreeSet<VatRate> rates = new TreeSet<>();
        for (InvoiceEntity i : invoices) {
            Invoice core = StoredInvoices.toCore(i);
            rows.add(new Row(i.issueDate(), "FACTURE", i.year(), i.sequence(), i.number(), i, core.computation(), 1));
        }
        for (CreditNoteEntity n : notes) {
            CreditNote core = StoredInvoices.toCore(n, StoredInvoices.toCore(n.invoice()));
            rows.add(new Row(n.issueDate(), "NOTE_DE_CREDIT", n.year(), n.sequence(), n.number(), n.invoice(), core.computation(), -1));
        }
        rows.forEach(r -> r.amounts().vatBreakdown().forEach(b -> rates.add(b.rate())));
        rows.sort(Comparator.comparing(Row::date).thenComparing(Row::kind).thenComparingInt(Row::year).thenComparingInt(Row::sequence));
        StringBuilder sb = new StringBuilder("\uFEFF");
        sb.append("date;numero;type;membre;bce");
        for (VatRate r : rates) {
            String p = r.percent().toPlainString().replace('.', ',');
            sb.append(";base_").append(p).append(";tva_").append(p);
        }
        sb.append(";total_htva;total_tva;total_tvac;subsides;a_payer;communication;echeance;facture_d_origine\r\n");
        for (Row r : rows) {
            InvoiceEntity i = r.invoice();
            sb.append(r.date()).append(';').append(r.number()).append(';').append(r.kind()).append(';')
                    .append(csv(i.member().name())).append(';').append(i.member().kbo());
            for (VatRate rate : rates) {
                Optional<VatBreakdown> b = r.amounts().vatBreakdown().stream().filter(x -> x.rate().equals(rate)).findFirst();
                sb.append(';').append(b.map(x -> money(x.base().amount(), r.sign())).orElse(""))
                        .append(';').append(b.map(x -> money(x.vat().amount(), r.sign())).orElse(""));
            }
            var t = r.amounts().totals();
            sb.append(';').append(money(t.net().amount(), r.sign())).append(';').append(money(t.vat().amount(), r.sign()))
                    .append(';').append(money(t.gross().amount(), r.sign())).append(';').append(money(t.paidByThirdParties().amount(), r.sign()))
                    .append(';').append(money(t.payable().amount(), r.sign()))
                    .append(';').append(r.sign() > 0 ? i.ogm() : "")
                    .append(';').append(r.sign() > 0 ? i.dueDate().toString() : "")
                    .append(';').append(r.sign() > 0 ? "" : i.number()).append("\r\n");
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String money(BigDecimal amount, int sign) {
        return (sign < 0 ? amount.negate() : amount).setScale(2, java.math.RoundingMode.HALF_UP).toPlainString().replace('.', ',');
    }

    private static String csv(String value) {
        return value.indexOf(';') < 0 && value.indexOf('"') < 0 ? value : '"' + value.replace("\"", "\"\"") + '"';
    }

    private InvoiceEntity visibleInvoice(String number) {
        Account account = readerAccount();
        InvoiceEntity invoice = em.createNamedQuery("Invoice.byNumber", InvoiceEntity.class).setParameter("number", number)
                .getResultStream().findFirst().orElseThrow(() -> new NotFoundException("No invoice " + number + "."));
        if (account.is(Role.BUYER) && !account.memberCode().filter(invoice.member().code()::equals).isPresent()) {
            throw new NotFoundException("No invoice " + number + ".");
        }
        return invoice;
    }

    private Account readerAccount() {
        Account account = caller.require();
        if (account.is(Role.SUPPLIER)) {
            throw new ForbiddenException("Invoices are read by finance staff, the coordinator and the member invoiced.");
        }
        return account;
    }

    private Account requireFinance() {
        Account account = caller.require();
        if (!account.is(Role.FINANCE) && !account.is(Role.COORDINATOR)) {
            throw new ForbiddenException("Only finance staff and the coordinator read this.");
        }
        return account;
    }
}
