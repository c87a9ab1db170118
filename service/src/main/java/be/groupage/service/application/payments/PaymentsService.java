package be.groupage.service.application.payments;

import be.groupage.core.banking.BankStatement;
import be.groupage.core.banking.CodaReader;
import be.groupage.core.banking.EntryKey;
import be.groupage.core.banking.StatementEntry;
import be.groupage.core.banking.StatementFile;
import be.groupage.core.money.Money;
import be.groupage.core.receivables.AgedBalance;
import be.groupage.core.receivables.Allocation;
import be.groupage.core.receivables.AppliedCredit;
import be.groupage.core.receivables.Confirmation;
import be.groupage.core.receivables.InvoiceStatus;
import be.groupage.core.receivables.PaymentMatcher;
import be.groupage.core.receivables.PaymentState;
import be.groupage.core.receivables.ReceivablesLedger;
import be.groupage.core.receivables.StatementImport;
import be.groupage.core.receivables.Suggestion;
import be.groupage.core.text.SpreadsheetCell;
import be.groupage.service.application.access.Account;
import be.groupage.service.application.access.AuditTrail;
import be.groupage.service.application.access.CurrentAccount;
import be.groupage.service.application.access.Role;
import be.groupage.service.application.common.ConflictException;
import be.groupage.service.application.common.InvalidInputException;
import be.groupage.service.application.common.InvalidInputException.InputError;
import be.groupage.service.application.common.NotFoundException;
import be.groupage.service.application.port.invoicing.IssuerDetails;
import be.groupage.service.application.port.invoicing.IssuerStore;
import be.groupage.service.application.port.payments.BankStatementReader;
import be.groupage.service.application.port.payments.ReceivablesBook;
import be.groupage.service.application.port.payments.ReceivablesBook.CreditNoteIssued;
import be.groupage.service.application.port.payments.ReceivablesBook.ImportedStatement;
import be.groupage.service.application.port.payments.ReceivablesBook.LedgerEvent;
import be.groupage.service.application.port.payments.ReceivablesBook.NewEntry;
import be.groupage.service.application.port.payments.ReceivablesBook.StatementRecord;
import be.groupage.service.application.port.payments.ReceivablesBook.StoredCredit;
import be.groupage.service.application.port.payments.ReceivablesBook.StoredEntry;
import be.groupage.service.application.port.payments.ReceivablesBook.StoredLedger;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The platform's bank account against the members' invoices, for finance staff and the coordinator: a statement
 * file imported (each credit carrying an invoice's OGM paid automatically, the others waiting with suggestions,
 * a statement or a movement seen before never counted again), a waiting credit confirmed by a person, the state of
 * every invoice, the aged balance, and the payments for the accounts. Each call restores {@code core}'s ledger from
 * the book and lets it decide; changes run under the receivables' lock, validated before anything is written.
 */
@ApplicationScoped
@Transactional
public class PaymentsService {

    static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    public static final String CODA = "CODA";
    public static final String CAMT053 = "CAMT053";

    @Inject
    ReceivablesBook book;

    @Inject
    BankStatementReader camt;

    @Inject
    IssuerStore issuer;

    @Inject
    CurrentAccount caller;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** What an import did, statement by statement. */
    public record ImportOutcome(String format, List<StatementOutcome> statements) {
    }

    /**
     * One statement of an imported file: whether it had been imported before (then nothing changed), the credits
     * applied automatically, those waiting for a person, the movements already known from an overlapping statement,
     * and the debits.
     */
    public record StatementOutcome(BankStatement statement, boolean alreadyImported, List<AppliedCredit> applied, int waiting,
                                   int alreadySeen, int debits) {
    }

    /** A credit waiting for a person, with its id and what the matcher suggests for it, best first. */
    public record WaitingCredit(long id, StatementEntry credit, List<Suggestion> suggestions) {
    }

    /** An invoice's state, with its member's name. */
    public record ReceivableView(InvoiceStatus status, String memberName) {
    }

    /** A member's aged balance, with its name. */
    public record AgedBalanceView(AgedBalance balance, String memberName) {
    }

    /**
     * Imports a CODA or CAMT.053 file (told apart by its first character: {@code <} is XML). A file with an
     * error imports nothing: every error is answered with its line and column.
     */
    public ImportOutcome importFile(String fileName, byte[] content) {
        Account account = requireFinance();
        String name = fileName == null || fileName.isBlank() ? "releve" : fileName.strip();
        if (name.length() > 255) {
            throw InvalidInputException.of("fileName", "at most 255 characters");
        }
        if (content == null || content.length == 0) {
            throw InvalidInputException.of("file", "is empty: send the CODA or CAMT.053 file as the request body");
        }
        String format = isXml(content) ? CAMT053 : CODA;
        StatementFile file = CAMT053.equals(format) ? camt.readCamt053(new ByteArrayInputStream(content))
                : CodaReader.read(new ByteArrayInputStream(content));
        if (!file.isValid()) {
            List<InputError> errors = file.errors().stream().map(e -> new InputError(e.field(), e.line(), String.valueOf(e.column()),
                    e.messageFr() + " / " + e.messageEn())).toList();
            throw new InvalidInputException("The " + (CODA.equals(format) ? "CODA" : "CAMT.053") + " file has " + errors.size()
                    + " error(s); nothing was imported.", errors);
        }
        Optional<String> platformAccount = issuer.current().map(IssuerDetails::iban).map(i -> i.replace(" ", "").toUpperCase(java.util.Locale.ROOT));
        for (BankStatement s : file.statements()) {
            if (platformAccount.isPresent() && !platformAccount.get().equals(s.id().account().electronic())) {
                throw InvalidInputException.of("file", "statement " + s.id() + " is of account " + s.id().account()
                        + ", not the platform's account " + platformAccount.get() + " that members pay to; nothing was imported");
            }
        }
        book.lock();
        ReceivablesLedger ledger = restore(book.ledger());
        PaymentMatcher matcher = PaymentMatcher.of(book.debtors());
        List<StatementOutcome> outcomes = new ArrayList<>();
        for (BankStatement s : file.statements()) {
            StatementImport result = ledger.importStatement(s, matcher);
            ledger = result.ledger();
            outcomes.add(new StatementOutcome(s, result.alreadyImported(), result.applied(), result.toConfirm().size(),
                    result.alreadySeen().size(), result.debits().size()));
            if (result.alreadyImported()) {
                continue;
            }
            Map<EntryKey, AppliedCredit> applied = new HashMap<>();
            result.applied().forEach(a -> applied.put(a.credit().key(), a));
            // Credits seen before are the ledger's to know; debits are not in the ledger, the book knows them.
            Set<EntryKey> seen = new HashSet<>(book.known(result.debits().stream().map(StatementEntry::key).toList()));
            result.alreadySeen().forEach(e -> seen.add(e.key()));
            List<NewEntry> entries = new ArrayList<>();
            for (StatementEntry e : s.entries()) {
                if (!seen.contains(e.key())) {
                    entries.add(new NewEntry(e, Optional.ofNullable(applied.get(e.key()))));
                }
            }
            book.saveStatement(new ImportedStatement(s, format, name, entries), clock.instant(), account.login());
            audit.record("BANK_STATEMENT_IMPORTED", "bank_statement", s.id().toString(), format + " " + name + ": "
                    + result.applied().size() + " paid automatically, " + result.toConfirm().size() + " waiting, "
                    + result.alreadySeen().size() + " seen before, " + result.debits().size() + " debits");
        }
        return new ImportOutcome(format, outcomes);
    }

    private static boolean isXml(byte[] content) {
        String head = new String(content, 0, Math.min(content.length, 64), StandardCharsets.UTF_8).replace("\uFEFF", "").stripLeading();
        return head.startsWith("<");
    }

    /** The credits waiting for a person, in the order imported, each with the matcher's suggestions. */
    public List<WaitingCredit> waiting() {
        requireFinance();
        StoredLedger stored = book.ledger();
        ReceivablesLedger ledger = restore(stored);
        PaymentMatcher matcher = PaymentMatcher.of(book.debtors());
        return stored.pending().stream().map(p -> new WaitingCredit(p.id(), p.entry(), ledger.suggestionsFor(p.entry().key(), matcher))).toList();
    }

    /**
     * Applies a waiting credit as a person decided: to these invoices of the member, the rest kept as the member's
     * credit.
     */
    public AppliedCredit confirm(long entryId, String memberCode, List<Allocation> allocations) {
        Account account = requireFinance();
        if (memberCode == null || memberCode.isBlank()) {
            throw InvalidInputException.of("member", "is required: the member who paid");
        }
        if (!book.memberNames().containsKey(memberCode)) {
            throw InvalidInputException.of("member", "no member " + memberCode);
        }
        book.lock();
        StoredLedger stored = book.ledger();
        StoredEntry waiting = stored.pending().stream().filter(p -> p.id() == entryId).findFirst()
                .orElseThrow(() -> stored.events().stream().anyMatch(e -> e instanceof StoredCredit c && c.entryId() == entryId)
                        ? new ConflictException("Credit " + entryId + " is already applied.")
                        : new NotFoundException("No credit " + entryId + " waits for a confirmation."));
        ReceivablesLedger ledger = restore(stored);
        List<InputError> errors = new ArrayList<>();
        Money total = Money.zero();
        for (int i = 0; i < allocations.size(); i++) {
            Allocation a = allocations.get(i);
            String field = "allocations[" + i + "]";
            var r = ledger.receivable(a.invoiceNumber());
            if (r.isEmpty()) {
                errors.add(InputError.field(field + ".invoice", "no invoice " + a.invoiceNumber()));
            } else if (!r.get().memberCode().equals(memberCode)) {
                errors.add(InputError.field(field + ".invoice", "invoice " + a.invoiceNumber() + " is " + r.get().memberCode() + "'s, not "
                        + memberCode + "'s"));
            } else if (a.amount().isGreaterThan(ledger.open(a.invoiceNumber()))) {
                errors.add(InputError.field(field + ".amount", a.amount() + " is more than the " + ledger.open(a.invoiceNumber())
                        + " open on invoice " + a.invoiceNumber()));
            }
            total = total.plus(a.amount());
        }
        if (total.isGreaterThan(waiting.entry().amount())) {
            errors.add(InputError.field("allocations", "add up to " + total + ", more than the credit's " + waiting.entry().amount()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("The confirmation of credit " + entryId + " has " + errors.size() + " error(s); nothing was applied.",
                    errors);
        }
        ReceivablesLedger confirmed = ledger.confirm(waiting.entry().key(), Confirmation.of(memberCode, allocations, account.login()));
        AppliedCredit applied = confirmed.appliedCredits().get(confirmed.appliedCredits().size() - 1);
        if (!book.saveConfirmation(entryId, applied, clock.instant(), account.login())) {
            throw new ConflictException("Credit " + entryId + " was applied in the meantime.");
        }
        audit.record("PAYMENT_CONFIRMED", "bank_entry", String.valueOf(entryId), waiting.entry().amount() + " from " + memberCode + ": "
                + applied.allocations().stream().map(a -> a.amount() + " to " + a.invoiceNumber()).toList() + ", " + applied.excess() + " kept as credit");
        return applied;
    }

    /**
     * The state of every invoice on a day, by number; each criterion given narrows the list. A buyer sees its own
     * member's invoices only.
     */
    public List<ReceivableView> receivables(LocalDate asOf, Optional<String> asked, Optional<PaymentState> state) {
        Account account = requireReader();
        Optional<String> member = account.is(Role.BUYER) ? account.memberCode() : asked;
        if (account.is(Role.BUYER) && asked.isPresent() && !asked.equals(member)) {
            return List.of();
        }
        ReceivablesLedger ledger = restore(book.ledger());
        Map<String, String> names = book.memberNames();
        return ledger.statuses(asOf).stream()
                .filter(s -> member.map(m -> m.equals(s.receivable().memberCode())).orElse(true))
                .filter(s -> state.map(st -> st == s.state()).orElse(true))
                .map(s -> new ReceivableView(s, names.getOrDefault(s.receivable().memberCode(), s.receivable().memberCode()))).toList();
    }

    /** The state of one invoice on a day, with what settled it; another member's invoice is, to a buyer, not found. */
    public ReceivableView receivable(String invoiceNumber, LocalDate asOf) {
        Account account = requireReader();
        ReceivablesLedger ledger = restore(book.ledger());
        if (ledger.receivable(invoiceNumber).isEmpty() || account.is(Role.BUYER)
                && !account.memberCode().equals(Optional.of(ledger.receivable(invoiceNumber).get().memberCode()))) {
            throw new NotFoundException("No invoice " + invoiceNumber + ".");
        }
        InvoiceStatus s = ledger.status(invoiceNumber, asOf);
        return new ReceivableView(s, book.memberNames().getOrDefault(s.receivable().memberCode(), s.receivable().memberCode()));
    }

    /** Every member's open amounts by age on a day, with its credit on account, by member code. */
    public List<AgedBalanceView> agedBalances(LocalDate asOf) {
        requireFinance();
        ReceivablesLedger ledger = restore(book.ledger());
        Map<String, String> names = book.memberNames();
        return ledger.agedBalances(asOf).stream().map(b -> new AgedBalanceView(b, names.getOrDefault(b.memberCode(), b.memberCode()))).toList();
    }

    /** The statements imported, latest first. */
    public List<StatementRecord> statements() {
        requireFinance();
        return book.statements();
    }

    /** Today in Brussels, the day the receivables are read on when no day is asked. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), BRUSSELS);
    }

    /**
     * The payments booked between two dates (inclusive) for the accounts: one line per invoice a credit paid and one
     * per amount kept as a member's credit, {@code ;} separated, decimal comma, UTF-8 with BOM, each cell written as
     * a spreadsheet may open it.
     */
    public byte[] paymentsCsv(LocalDate from, LocalDate to) {
        requireFinance();
        if (to.isBefore(from)) {
            throw InvalidInputException.of("to", "must not be before from (" + from + ")");
        }
        Map<String, String> names = book.memberNames();
        StringBuilder sb = new StringBuilder("\uFEFF");
        sb.append("date;reference_bancaire;donneur_d_ordre;compte;communication;montant_recu;membre;nom_membre;facture;montant_affecte;"
                + "type;rapprochement;confirme_par\r\n");
        for (StoredCredit c : book.appliedBetween(from, to)) {
            AppliedCredit a = c.credit();
            StatementEntry e = a.credit();
            String how = a.confirmedBy().isPresent() ? "MANUEL" : "AUTOMATIQUE";
            String communication = e.structuredCommunication().map(o -> o.formatted()).orElse(e.freeCommunication());
            for (Allocation al : a.allocations()) {
                row(sb, e.bookingDate().toString(), e.bankReference(), e.counterpartyName(), e.counterpartyAccount().map(Object::toString).orElse(""),
                        communication, money(e.amount()), a.memberCode(), names.getOrDefault(a.memberCode(), ""), al.invoiceNumber(),
                        money(al.amount()), "PAIEMENT", how, a.confirmedBy().orElse(""));
            }
            if (a.excess().isPositive()) {
                row(sb, e.bookingDate().toString(), e.bankReference(), e.counterpartyName(), e.counterpartyAccount().map(Object::toString).orElse(""),
                        communication, money(e.amount()), a.memberCode(), names.getOrDefault(a.memberCode(), ""), "", money(a.excess()),
                        "AVOIR_MEMBRE", how, a.confirmedBy().orElse(""));
            }
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void row(StringBuilder sb, String... cells) {
        for (int c = 0; c < cells.length; c++) {
            // A payer named =HYPERLINK(…) or the OGM +++…+++ behind a quote, as the invoices' export does.
            sb.append(c == 0 ? "" : ";").append(SpreadsheetCell.of(cells[c], ';'));
        }
        sb.append("\r\n");
    }

    private static String money(Money m) {
        return m.rounded().amount().toPlainString().replace('.', ',');
    }

    /** The ledger as stored, rebuilt by {@code core} without matching anything again. */
    static ReceivablesLedger restore(StoredLedger stored) {
        ReceivablesLedger.Restoration r = ReceivablesLedger.restoring(stored.receivables());
        for (LedgerEvent e : stored.events()) {
            if (e instanceof CreditNoteIssued n) {
                r.creditNote(n.note());
            } else if (e instanceof StoredCredit c) {
                r.applied(c.credit());
            }
        }
        stored.pending().forEach(p -> r.pending(p.entry()));
        stored.statements().forEach(r::imported);
        return r.build();
    }

    private Account requireReader() {
        return caller.requireRole(Role.FINANCE, Role.COORDINATOR, Role.BUYER);
    }

    private Account requireFinance() {
        return caller.requireRole(Role.FINANCE, Role.COORDINATOR);
    }
}
