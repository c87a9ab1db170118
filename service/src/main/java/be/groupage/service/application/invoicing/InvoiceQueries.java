package be.groupage.service.application.invoicing;

import be.groupage.core.invoicing.InvoiceComputation;
import be.groupage.core.invoicing.VatBreakdown;
import be.groupage.core.money.VatRate;
import be.groupage.core.text.SpreadsheetCell;
import be.groupage.service.application.access.Account;
import be.groupage.service.application.access.CurrentAccount;
import be.groupage.service.application.access.ForbiddenException;
import be.groupage.service.application.access.Role;
import be.groupage.service.application.common.ConflictException;
import be.groupage.service.application.common.InvalidInputException;
import be.groupage.service.application.common.NotFoundException;
import be.groupage.service.application.common.NotReadyException;
import be.groupage.service.application.port.invoicing.InvoiceRegister;
import be.groupage.service.application.port.invoicing.InvoiceRegister.BookedCreditNote;
import be.groupage.service.application.port.invoicing.InvoiceRegister.BookedInvoice;
import be.groupage.service.application.port.invoicing.InvoiceRegister.RegisteredCreditNote;
import be.groupage.service.application.port.invoicing.InvoiceRegister.RegisteredInvoice;
import be.groupage.service.application.port.invoicing.InvoiceSummary;
import be.groupage.service.application.port.invoicing.RenderedDocument;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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

    @Inject
    InvoiceRegister register;

    @Inject
    CurrentAccount caller;

    /** An invoice with what a reader needs beside it: its amounts per rate (as {@code core} computes them) and its credit notes. */
    public record InvoiceDetail(RegisteredInvoice invoice, List<VatBreakdown> vatBreakdown) {
    }

    /** A credit note and the VAT per rate of its lines. */
    public record CreditNoteDetail(RegisteredCreditNote note, List<VatBreakdown> vatBreakdown) {
    }

    /** A stored document: its bytes, media type and SHA-256. */
    public record Document(String fileName, String mediaType, byte[] content, String sha256) {
    }

    public List<InvoiceSummary> list(Optional<Long> cycle, Optional<String> member, Optional<LocalDate> from, Optional<LocalDate> to) {
        Account account = readerAccount();
        Optional<String> onlyMember = account.is(Role.BUYER) ? account.memberCode() : member;
        if (account.is(Role.BUYER) && member.isPresent() && !member.equals(account.memberCode())) {
            return List.of();
        }
        return register.invoices(cycle, onlyMember, from, to);
    }

    public InvoiceDetail invoice(String number) {
        Account account = readerAccount();
        RegisteredInvoice invoice = register.invoice(number).orElseThrow(() -> noInvoice(number));
        requireVisible(account, number, invoice.summary().memberCode());
        return new InvoiceDetail(invoice, invoice.invoice().computation().vatBreakdown());
    }

    /** A credit note, under the same rules as the invoice it corrects. */
    public Optional<CreditNoteDetail> creditNote(String number) {
        Optional<RegisteredCreditNote> note = register.creditNote(number);
        if (note.isEmpty()) {
            return Optional.empty();
        }
        requireVisible(readerAccount(), note.get().summary().invoiceNumber(), note.get().memberCode());
        return Optional.of(new CreditNoteDetail(note.get(), note.get().note().computation().vatBreakdown()));
    }

    /** The PDF or UBL of an invoice or credit note, byte for byte as issued. */
    public Document document(String number, String format) {
        String kind;
        Optional<String> member = register.memberOf(number);
        if (member.isPresent()) {
            requireVisible(readerAccount(), number, member.get());
            kind = InvoicingService.INVOICE;
        } else {
            String credited = register.invoiceCreditedBy(number).orElseThrow(() -> noInvoice(number));
            requireVisible(readerAccount(), credited, register.memberOf(credited).orElseThrow(() -> noInvoice(credited)));
            kind = InvoicingService.CREDIT_NOTE;
        }
        RenderedDocument d = register.document(kind, number, format)
                .orElseThrow(() -> new NotReadyException("The " + format + " of " + number + " is being rendered; it is served as soon as it is stored.", 2));
        return new Document(number + (InvoicingService.PDF.equals(format) ? ".pdf" : ".xml"), d.mediaType(), d.content(), d.sha256());
    }

    /** Every invoice of a cycle and every credit note of them, PDF and UBL, in one ZIP. */
    public byte[] cycleZip(long cycleId) {
        requireFinance();
        int invoices = register.invoiceCount(cycleId).orElseThrow(() -> new NotFoundException("No cycle " + cycleId + "."));
        if (invoices == 0) {
            throw new ConflictException("Cycle " + cycleId + " has no invoice yet.");
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            register.documentsOfCycle(cycleId, d -> add(zip, d));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void add(ZipOutputStream zip, RenderedDocument d) {
        String folder = InvoicingService.INVOICE.equals(d.kind()) ? "factures/" : "notes-de-credit/";
        try {
            zip.putNextEntry(new ZipEntry(folder + d.number() + (InvoicingService.PDF.equals(d.format()) ? ".pdf" : ".xml")));
            zip.write(d.content());
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Invoices and credit notes issued between two dates (inclusive) for the accounts: one line each,
     * {@code ;} separated, decimal comma, UTF-8 with BOM; a column pair (base, VAT) per rate met; credit
     * notes negative. Every cell is written by {@link SpreadsheetCell}: one that a spreadsheet would run as a
     * formula (a member named {@code =HYPERLINK(…)}, the OGM {@code +++…+++}) behind a single quote, amounts
     * such as {@code -12,50} as they are.
     */
    public byte[] accountingCsv(LocalDate from, LocalDate to) {
        requireFinance();
        if (to.isBefore(from)) {
            throw InvalidInputException.of("to", "must not be before from (" + from + ")");
        }
        List<BookedInvoice> invoices = register.invoicesIssued(from, to);
        List<BookedCreditNote> notes = register.creditNotesIssued(from, to);
        record Row(LocalDate date, String kind, int year, int sequence, String number, BookedInvoice invoice, InvoiceComputation amounts, int sign) {
        }
        List<Row> rows = new ArrayList<>();
        TreeSet<VatRate> rates = new TreeSet<>();
        for (BookedInvoice b : invoices) {
            var i = b.invoice();
            rows.add(new Row(i.issueDate(), "FACTURE", i.number().series().year(), i.number().sequence(), i.number().text(), b, i.computation(), 1));
        }
        for (BookedCreditNote b : notes) {
            var n = b.note();
            rows.add(new Row(n.issueDate(), "NOTE_DE_CREDIT", n.number().series().year(), n.number().sequence(), n.number().text(), b.invoice(),
                    n.computation(), -1));
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
            BookedInvoice i = r.invoice();
            List<String> cells = new ArrayList<>();
            cells.add(r.date().toString());
            cells.add(r.number());
            cells.add(r.kind());
            cells.add(i.memberName());
            cells.add(i.memberKbo());
            for (VatRate rate : rates) {
                Optional<VatBreakdown> b = r.amounts().vatBreakdown().stream().filter(x -> x.rate().equals(rate)).findFirst();
                cells.add(b.map(x -> money(x.base().amount(), r.sign())).orElse(""));
                cells.add(b.map(x -> money(x.vat().amount(), r.sign())).orElse(""));
            }
            var t = r.amounts().totals();
            cells.add(money(t.net().amount(), r.sign()));
            cells.add(money(t.vat().amount(), r.sign()));
            cells.add(money(t.gross().amount(), r.sign()));
            cells.add(money(t.paidByThirdParties().amount(), r.sign()));
            cells.add(money(t.payable().amount(), r.sign()));
            cells.add(r.sign() > 0 ? i.ogm() : "");
            cells.add(r.sign() > 0 ? i.invoice().dueDate().toString() : "");
            cells.add(r.sign() > 0 ? "" : i.invoice().number().text());
            for (int c = 0; c < cells.size(); c++) {
                // Every cell as a spreadsheet may open it: a member named =HYPERLINK(…) and the OGM +++…+++ behind a quote.
                sb.append(c == 0 ? "" : ";").append(SpreadsheetCell.of(cells.get(c), ';'));
            }
            sb.append("\r\n");
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String money(BigDecimal amount, int sign) {
        return (sign < 0 ? amount.negate() : amount).setScale(2, java.math.RoundingMode.HALF_UP).toPlainString().replace('.', ',');
    }

    /** A buyer reads its own member's invoices only; another's is answered as if it did not exist. */
    private static void requireVisible(Account account, String invoiceNumber, String memberCode) {
        if (account.is(Role.BUYER) && !account.memberCode().filter(memberCode::equals).isPresent()) {
            throw noInvoice(invoiceNumber);
        }
    }

    private static NotFoundException noInvoice(String number) {
        return new NotFoundException("No invoice " + number + ".");
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
