package be.groupage.core.receivables;

import be.groupage.core.banking.BankStatement;
import be.groupage.core.banking.EntryKey;
import be.groupage.core.banking.StatementEntry;
import be.groupage.core.banking.StatementId;
import be.groupage.core.money.Money;
import be.groupage.core.payment.StructuredCommunication;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The receivables of one bank account: the invoices issued to members, the credit notes that reduce them, and
 * the bank credits applied to them, automatically or by a person's confirmation.
 *
 * <p>Immutable: every change returns a new ledger. Invariants: each invoice's payments and credit notes never
 * exceed its payable (paid + credited + open = payable, open never negative); every applied credit's
 * allocations plus its excess equal the credit, the excess being a stated {@link MemberCredit}; a bank movement
 * (by its {@link EntryKey}) is applied or waiting for confirmation at most once, and a statement (by its
 * {@link StatementId}) is imported at most once, so importing a statement again, or one that overlaps it,
 * changes nothing for the movements already seen; a credit note counts once.
 *
 * <p>Two invoices never share an OGM. Debits are not payments of invoices and are left alone.
 */
public final class ReceivablesLedger {

    private static final Comparator<Receivable> BY_DUE_DATE = Comparator.comparing(Receivable::dueDate)
            .thenComparing(Receivable::issueDate).thenComparing(Receivable::invoiceNumber);

    private final Map<String, Receivable> receivables;
    private final Map<StructuredCommunication, Receivable> byOgm;
    private final Map<String, List<Settlement>> settlements;
    private final Map<String, CreditNoteOffset> creditNotes;
    private final Map<EntryKey, AppliedCredit> applied;
    private final Map<EntryKey, StatementEntry> pending;
    private final List<MemberCredit> memberCredits;
    private final Set<StatementId> statements;

    private ReceivablesLedger() {
        receivables = new LinkedHashMap<>();
        byOgm = new HashMap<>();
        settlements = new HashMap<>();
        creditNotes = new LinkedHashMap<>();
        applied = new LinkedHashMap<>();
        pending = new LinkedHashMap<>();
        memberCredits = new ArrayList<>();
        statements = new HashSet<>();
    }

    /** A copy to change; the original stays as it is. */
    private ReceivablesLedger(ReceivablesLedger from) {
        receivables = new LinkedHashMap<>(from.receivables);
        byOgm = new HashMap<>(from.byOgm);
        settlements = new HashMap<>();
        from.settlements.forEach((k, v) -> settlements.put(k, new ArrayList<>(v)));
        creditNotes = new LinkedHashMap<>(from.creditNotes);
        applied = new LinkedHashMap<>(from.applied);
        pending = new LinkedHashMap<>(from.pending);
        memberCredits = new ArrayList<>(from.memberCredits);
        statements = new HashSet<>(from.statements);
    }

    public static ReceivablesLedger empty() {
        return new ReceivablesLedger();
    }

    /** A ledger of these invoices, nothing paid yet. */
    public static ReceivablesLedger of(Collection<Receivable> receivables) {
        ReceivablesLedger ledger = new ReceivablesLedger();
        for (Receivable r : Objects.requireNonNull(receivables, "receivables")) {
            ledger.add(r);
        }
        return ledger;
    }

    /**
     * A ledger rebuilt from what was stored, without matching anything again: these invoices, then the credit
     * notes and the applied credits replayed in the order they happened (which decides whether a credit note
     * on a paid invoice became a member credit), then the credits still waiting and the statements imported.
     */
    public static Restoration restoring(Collection<Receivable> receivables) {
        return new Restoration(of(receivables));
    }

    /**
     * With one more invoice; adding the same invoice again changes nothing.
     *
     * @throws IllegalArgumentException when another invoice has that number or that OGM
     */
    public ReceivablesLedger withReceivable(Receivable receivable) {
        Objects.requireNonNull(receivable, "receivable");
        if (receivable.equals(receivables.get(receivable.invoiceNumber()))) {
            return this;
        }
        ReceivablesLedger next = new ReceivablesLedger(this);
        next.add(receivable);
        return next;
    }

    private void add(Receivable r) {
        Objects.requireNonNull(r, "receivable");
        Receivable before = receivables.get(r.invoiceNumber());
        if (before != null) {
            if (before.equals(r)) {
                return;
            }
            throw new IllegalArgumentException("Invoice " + r.invoiceNumber() + " is already in the ledger, differently");
        }
        Receivable sameOgm = byOgm.get(r.ogm());
        if (sameOgm != null) {
            throw new IllegalArgumentException("Invoices " + sameOgm.invoiceNumber() + " and " + r.invoiceNumber() + " share the OGM " + r.ogm());
        }
        receivables.put(r.invoiceNumber(), r);
        byOgm.put(r.ogm(), r);
        settlements.put(r.invoiceNumber(), new ArrayList<>());
    }

    /**
     * With a credit note taken off its invoice's open amount; what exceeds the open amount (the invoice was
     * already paid) becomes a credit on the member's account. The same credit note again changes nothing.
     *
     * @throws IllegalArgumentException when the invoice is not in the ledger, or another credit note has that number
     */
    public ReceivablesLedger withCreditNote(CreditNoteOffset note) {
        Objects.requireNonNull(note, "note");
        CreditNoteOffset before = creditNotes.get(note.creditNoteNumber());
        if (before != null) {
            if (before.equals(note)) {
                return this;
            }
            throw new IllegalArgumentException("Credit note " + note.creditNoteNumber() + " is already in the ledger, differently");
        }
        Receivable r = receivable(note.invoiceNumber())
                .orElseThrow(() -> new IllegalArgumentException("Credit note " + note.creditNoteNumber() + " credits invoice "
                        + note.invoiceNumber() + ", which is not in the ledger"));
        ReceivablesLedger next = new ReceivablesLedger(this);
        next.offset(r, note);
        return next;
    }

    private void offset(Receivable r, CreditNoteOffset note) {
        Money part = open(r.invoiceNumber()).min(note.amount());
        if (part.isPositive()) {
            settlements.get(r.invoiceNumber()).add(new Settlement(Settlement.Kind.CREDIT_NOTE, note.creditNoteNumber(), note.date(), part));
        }
        Money rest = note.amount().minus(part);
        if (rest.isPositive()) {
            memberCredits.add(new MemberCredit(r.memberCode(), MemberCredit.Reason.CREDIT_NOTE_ON_PAID_INVOICE,
                    note.creditNoteNumber(), note.date(), rest));
        }
        creditNotes.put(note.creditNoteNumber(), note);
    }

    /**
     * Imports a bank statement: each credit not seen before is applied when it carries an invoice's OGM as
     * structured ({@link PaymentMatcher#automatic}); every other new credit waits for a person, with the
     * matcher's suggestions computed once the automatic ones are applied. A statement imported before changes
     * nothing; a movement seen before (in an overlapping statement) is skipped.
     */
    public StatementImport importStatement(BankStatement statement, PaymentMatcher matcher) {
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(matcher, "matcher");
        List<StatementEntry> debits = statement.entries().stream().filter(e -> !e.isCredit()).toList();
        if (statements.contains(statement.id())) {
            return new StatementImport(this, true, List.of(), List.of(), statement.credits(), debits);
        }
        ReceivablesLedger next = new ReceivablesLedger(this);
        List<AppliedCredit> automatic = new ArrayList<>();
        List<StatementEntry> waiting = new ArrayList<>();
        List<StatementEntry> seen = new ArrayList<>();
        for (StatementEntry credit : statement.credits()) {
            if (next.hasSeen(credit.key())) {
                seen.add(credit);
                continue;
            }
            Optional<AppliedCredit> a = matcher.automatic(credit, next);
            if (a.isPresent()) {
                next.apply(a.get());
                automatic.add(a.get());
            } else {
                next.pending.put(credit.key(), credit);
                waiting.add(credit);
            }
        }
        next.statements.add(statement.id());
        List<PendingCredit> toConfirm = waiting.stream().map(c -> new PendingCredit(c, matcher.suggest(c, next))).toList();
        return new StatementImport(next, false, automatic, toConfirm, seen, debits);
    }

    /**
     * Applies a credit that was waiting, as a person decided: the allocations to the member's invoices, the rest
     * kept on the member's account.
     *
     * @throws IllegalArgumentException when the credit is not waiting (unknown or already applied), an invoice is
     *                                  not the member's, an allocation exceeds what is open on its invoice now, or
     *                                  the allocations exceed the credit
     */
    public ReceivablesLedger confirm(EntryKey credit, Confirmation confirmation) {
        Objects.requireNonNull(credit, "credit");
        Objects.requireNonNull(confirmation, "confirmation");
        StatementEntry entry = pending.get(credit);
        if (entry == null) {
            throw new IllegalArgumentException(applied.containsKey(credit)
                    ? "Credit " + credit + " is already applied"
                    : "Credit " + credit + " is not waiting for a confirmation");
        }
        Money allocated = Money.zero();
        for (Allocation a : confirmation.allocations()) {
            Receivable r = receivable(a.invoiceNumber())
                    .orElseThrow(() -> new IllegalArgumentException("Invoice " + a.invoiceNumber() + " is not in the ledger"));
            if (!r.memberCode().equals(confirmation.memberCode())) {
                throw new IllegalArgumentException("Invoice " + r.invoiceNumber() + " is " + r.memberCode() + "'s, not " + confirmation.memberCode() + "'s");
            }
            allocated = allocated.plus(a.amount());
        }
        if (allocated.isGreaterThan(entry.amount())) {
            throw new IllegalArgumentException("The allocations add up to " + allocated + ", more than the credit's " + entry.amount());
        }
        AppliedCredit a = new AppliedCredit(entry, confirmation.memberCode(), confirmation.allocations(),
                entry.amount().minus(allocated), Optional.of(confirmation.person()));
        ReceivablesLedger next = new ReceivablesLedger(this);
        next.apply(a);
        return next;
    }

    /** The suggestions for a credit waiting for confirmation, against the ledger as it is now. */
    public List<Suggestion> suggestionsFor(EntryKey credit, PaymentMatcher matcher) {
        StatementEntry entry = pending.get(Objects.requireNonNull(credit, "credit"));
        if (entry == null) {
            throw new IllegalArgumentException("Credit " + credit + " is not waiting for a confirmation");
        }
        return matcher.suggest(entry, this);
    }

    private void apply(AppliedCredit a) {
        String source = a.credit().key().value();
        LocalDate date = a.credit().bookingDate();
        for (Allocation allocation : a.allocations()) {
            Money open = open(allocation.invoiceNumber());
            if (allocation.amount().isGreaterThan(open)) {
                throw new IllegalArgumentException("Invoice " + allocation.invoiceNumber() + " has " + open + " open, less than the "
                        + allocation.amount() + " allocated");
            }
            settlements.get(allocation.invoiceNumber()).add(new Settlement(Settlement.Kind.PAYMENT, source, date, allocation.amount()));
        }
        if (a.excess().isPositive()) {
            memberCredits.add(new MemberCredit(a.memberCode(), MemberCredit.Reason.OVERPAYMENT, source, date, a.excess()));
        }
        pending.remove(a.credit().key());
        applied.put(a.credit().key(), a);
    }

    /**
     * Rebuilds a ledger from stored facts, one at a time and in order, with the ledger's own checks; the
     * ledger is handed out once, by {@link #build()}, after which the restoration takes nothing more.
     */
    public static final class Restoration {

        private ReceivablesLedger ledger;

        private Restoration(ReceivablesLedger ledger) {
            this.ledger = ledger;
        }

        /** A credit note issued next. */
        public Restoration creditNote(CreditNoteOffset note) {
            Objects.requireNonNull(note, "note");
            Receivable r = live().receivable(note.invoiceNumber())
                    .orElseThrow(() -> new IllegalArgumentException("Credit note " + note.creditNoteNumber() + " credits invoice "
                            + note.invoiceNumber() + ", which is not in the ledger"));
            if (ledger.creditNotes.containsKey(note.creditNoteNumber())) {
                throw new IllegalArgumentException("Credit note " + note.creditNoteNumber() + " is restored twice");
            }
            ledger.offset(r, note);
            return this;
        }

        /** A credit applied next, as it was stored (automatically or by a person). */
        public Restoration applied(AppliedCredit credit) {
            Objects.requireNonNull(credit, "credit");
            if (live().hasSeen(credit.credit().key())) {
                throw new IllegalArgumentException("Credit " + credit.credit().key() + " is restored twice");
            }
            for (Allocation a : credit.allocations()) {
                if (ledger.receivable(a.invoiceNumber()).isEmpty()) {
                    throw new IllegalArgumentException("Credit " + credit.credit().key() + " pays invoice " + a.invoiceNumber()
                            + ", which is not in the ledger");
                }
            }
            ledger.apply(credit);
            return this;
        }

        /** A credit still waiting for a person. */
        public Restoration pending(StatementEntry credit) {
            Objects.requireNonNull(credit, "credit");
            if (!credit.isCredit()) {
                throw new IllegalArgumentException("Only a credit waits for a confirmation, not " + credit.key());
            }
            if (live().hasSeen(credit.key())) {
                throw new IllegalArgumentException("Credit " + credit.key() + " is restored twice");
            }
            ledger.pending.put(credit.key(), credit);
            return this;
        }

        /** A statement imported. */
        public Restoration imported(StatementId statement) {
            live().statements.add(Objects.requireNonNull(statement, "statement"));
            return this;
        }

        private ReceivablesLedger live() {
            if (ledger == null) {
                throw new IllegalStateException("This restoration has handed out its ledger already");
            }
            return ledger;
        }

        /** The ledger restored, handed out once. */
        public ReceivablesLedger build() {
            ReceivablesLedger restored = live();
            ledger = null;
            return restored;
        }
    }

    /** Every invoice, in the order added. */
    public List<Receivable> receivables() {
        return List.copyOf(receivables.values());
    }

    public Optional<Receivable> receivable(String invoiceNumber) {
        return Optional.ofNullable(receivables.get(Objects.requireNonNull(invoiceNumber, "invoiceNumber")));
    }

    /** The invoice that has this OGM, if any. */
    public Optional<Receivable> receivableWithOgm(StructuredCommunication ogm) {
        return Optional.ofNullable(byOgm.get(Objects.requireNonNull(ogm, "ogm")));
    }

    /**
     * What is still to be paid on an invoice: its payable minus its payments and credit notes.
     *
     * @throws IllegalArgumentException when the invoice is not in the ledger
     */
    public Money open(String invoiceNumber) {
        Receivable r = receivable(invoiceNumber).orElseThrow(() -> new IllegalArgumentException("Invoice " + invoiceNumber + " is not in the ledger"));
        Money open = r.payable();
        for (Settlement s : settlements.get(invoiceNumber)) {
            open = open.minus(s.amount());
        }
        return open;
    }

    /** The invoices with an amount open, earliest due date first (then issue date, then number). */
    public List<Receivable> openReceivables() {
        return receivables.values().stream().filter(r -> open(r.invoiceNumber()).isPositive()).sorted(BY_DUE_DATE).toList();
    }

    /** The state of an invoice on a date, with what settled it. */
    public InvoiceStatus status(String invoiceNumber, LocalDate asOf) {
        Receivable r = receivable(invoiceNumber).orElseThrow(() -> new IllegalArgumentException("Invoice " + invoiceNumber + " is not in the ledger"));
        return InvoiceStatus.of(r, settlements.get(invoiceNumber), Objects.requireNonNull(asOf, "asOf"));
    }

    /** The state of every invoice on a date, in the order added. */
    public List<InvoiceStatus> statuses(LocalDate asOf) {
        return receivables.keySet().stream().map(n -> status(n, asOf)).toList();
    }

    /** The credits applied, automatically or confirmed, in the order applied. */
    public List<AppliedCredit> appliedCredits() {
        return List.copyOf(applied.values());
    }

    /** The credits waiting for a person's confirmation, in the order imported. */
    public List<StatementEntry> pendingCredits() {
        return List.copyOf(pending.values());
    }

    /** Every credit kept on a member's account, in the order they arose. */
    public List<MemberCredit> memberCredits() {
        return List.copyOf(memberCredits);
    }

    /** The sum of the credits kept on a member's account. */
    public Money memberCredit(String memberCode) {
        Objects.requireNonNull(memberCode, "memberCode");
        return memberCredits.stream().filter(c -> c.memberCode().equals(memberCode)).map(MemberCredit::amount)
                .reduce(Money.zero(), Money::plus);
    }

    /** Whether a bank movement was already applied or is waiting for confirmation. */
    public boolean hasSeen(EntryKey key) {
        return applied.containsKey(key) || pending.containsKey(key);
    }

    public boolean hasImported(StatementId statement) {
        return statements.contains(statement);
    }

    /**
     * A member's open amounts by age on a date, counted from each invoice's due date (see {@link AgeBucket}),
     * and its credit on account beside them.
     */
    public AgedBalance agedBalance(String memberCode, LocalDate asOf) {
        Objects.requireNonNull(memberCode, "memberCode");
        Objects.requireNonNull(asOf, "asOf");
        Map<AgeBucket, Money> buckets = new EnumMap<>(AgeBucket.class);
        Money total = Money.zero();
        for (Receivable r : receivables.values()) {
            if (r.memberCode().equals(memberCode)) {
                Money open = open(r.invoiceNumber());
                if (open.isPositive()) {
                    buckets.merge(AgeBucket.of(ChronoUnit.DAYS.between(r.dueDate(), asOf)), open, Money::plus);
                    total = total.plus(open);
                }
            }
        }
        return new AgedBalance(memberCode, asOf, buckets, total, memberCredit(memberCode));
    }

    /** The aged balance of every member with an invoice or a credit, by member code. */
    public List<AgedBalance> agedBalances(LocalDate asOf) {
        Set<String> members = new TreeSet<>();
        receivables.values().forEach(r -> members.add(r.memberCode()));
        memberCredits.forEach(c -> members.add(c.memberCode()));
        return members.stream().map(m -> agedBalance(m, asOf)).toList();
    }

    /** Equal when they hold the same invoices, credit notes, applied and waiting credits, member credits and statements. */
    @Override
    public boolean equals(Object o) {
        return o instanceof ReceivablesLedger other
                && receivables.equals(other.receivables)
                && settlements.equals(other.settlements)
                && creditNotes.equals(other.creditNotes)
                && applied.equals(other.applied)
                && pending.equals(other.pending)
                && memberCredits.equals(other.memberCredits)
                && statements.equals(other.statements);
    }

    @Override
    public int hashCode() {
        return Objects.hash(receivables, applied.keySet(), pending.keySet(), statements);
    }

    @Override
    public String toString() {
        return "ReceivablesLedger of " + receivables.size() + " invoices, " + applied.size() + " credits applied, "
                + pending.size() + " waiting";
    }
}
