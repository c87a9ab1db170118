package be.groupage.core.receivables;

import be.groupage.core.banking.StatementEntry;
import be.groupage.core.money.Money;
import be.groupage.core.payment.Iban;
import be.groupage.core.payment.StructuredCommunication;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Matches a bank credit to the open invoices of a {@link ReceivablesLedger}.
 *
 * <p>{@link #automatic}: a credit that carries, as structured communication with valid check digits, the OGM of
 * an invoice is applied to that invoice and to nothing else: up to its open amount (a partial payment leaves it
 * partly paid), the rest kept on the member's account (an overpayment, or the whole credit when the invoice was
 * already settled).
 *
 * <p>{@link #suggest}: any other credit (no communication, a mistyped OGM, the OGM typed as free text with or
 * without {@code +++} and slashes, invoice numbers, several OGMs) gets suggestions ranked by {@link Evidence},
 * never applied without a person's confirmation. The candidates are: each open invoice referred to in the
 * communication (its OGM, its number, an OGM one slip away); all the referred invoices of one member together
 * (a transfer paying several); each invoice whose open amount equals the credit; the first combination of two
 * or more open invoices of one member whose open amounts add up to the credit (members with at most
 * {@value #MAX_INVOICES_FOR_SUMS} open invoices; combinations of fewer invoices first, earliest due first); and,
 * for a member recognised by its account or name, its open invoices earliest due first. Each candidate's
 * allocations pay its invoices in that order, each up to its open amount; what is left is kept on the member's
 * account. At most {@value #MAX_SUGGESTIONS} suggestions, highest score first, then earliest due date.
 *
 * <p>Stateless once built; holds the members it recognises payers by.
 */
public final class PaymentMatcher {

    public static final int MAX_SUGGESTIONS = 5;
    public static final int MAX_INVOICES_FOR_SUMS = 10;

    private final Map<String, Debtor> debtors;
    private final Map<Iban, Set<String>> membersByAccount;

    private PaymentMatcher(Map<String, Debtor> debtors, Map<Iban, Set<String>> membersByAccount) {
        this.debtors = debtors;
        this.membersByAccount = membersByAccount;
    }

    /** A matcher that recognises payers by these members' accounts and names. */
    public static PaymentMatcher of(Collection<Debtor> debtors) {
        Objects.requireNonNull(debtors, "debtors");
        Map<String, Debtor> byCode = new LinkedHashMap<>();
        Map<Iban, Set<String>> byAccount = new HashMap<>();
        for (Debtor d : debtors) {
            if (byCode.put(d.memberCode(), d) != null) {
                throw new IllegalArgumentException("Member " + d.memberCode() + " is given twice");
            }
            for (Iban iban : d.accounts()) {
                byAccount.computeIfAbsent(iban, k -> new TreeSet<>()).add(d.memberCode());
            }
        }
        return new PaymentMatcher(byCode, byAccount);
    }

    /**
     * The credit applied to the invoice whose OGM it carries as structured, if any: up to the invoice's open
     * amount, the rest kept on the member's account.
     */
    public Optional<AppliedCredit> automatic(StatementEntry credit, ReceivablesLedger ledger) {
        Objects.requireNonNull(credit, "credit");
        Objects.requireNonNull(ledger, "ledger");
        if (!credit.isCredit() || credit.structuredCommunication().isEmpty()) {
            return Optional.empty();
        }
        return ledger.receivableWithOgm(credit.structuredCommunication().get()).map(r -> {
            Money part = ledger.open(r.invoiceNumber()).max(Money.zero()).min(credit.amount());
            List<Allocation> allocations = part.isPositive() ? List.of(Allocation.of(r.invoiceNumber(), part)) : List.of();
            return new AppliedCredit(credit, r.memberCode(), allocations, credit.amount().minus(part), Optional.empty());
        });
    }

    /** The suggestions for a credit, best first; empty when nothing points at any invoice or member. */
    public List<Suggestion> suggest(StatementEntry credit, ReceivablesLedger ledger) {
        Objects.requireNonNull(credit, "credit");
        Objects.requireNonNull(ledger, "ledger");
        if (!credit.isCredit()) {
            return List.of();
        }
        List<Receivable> open = ledger.openReceivables();
        Map<String, Money> openAmounts = new HashMap<>();
        open.forEach(r -> openAmounts.put(r.invoiceNumber(), ledger.open(r.invoiceNumber())));
        Map<String, Set<Evidence>> references = references(credit, open);
        Map<String, Set<Evidence>> payer = payerEvidence(credit);

        Map<String, List<Receivable>> openByMember = new LinkedHashMap<>();
        open.forEach(r -> openByMember.computeIfAbsent(r.memberCode(), k -> new ArrayList<>()).add(r));

        // Candidates as (member, invoices in allocation order); a set keeps each once.
        Set<List<Receivable>> candidates = new LinkedHashSet<>();
        Map<String, List<Receivable>> referredByMember = new LinkedHashMap<>();
        for (Receivable r : open) {
            if (references.containsKey(r.invoiceNumber())) {
                candidates.add(List.of(r));
                referredByMember.computeIfAbsent(r.memberCode(), k -> new ArrayList<>()).add(r);
            }
        }
        referredByMember.values().stream().filter(l -> l.size() > 1).forEach(candidates::add);
        for (Receivable r : open) {
            if (openAmounts.get(r.invoiceNumber()).equals(credit.amount())) {
                candidates.add(List.of(r));
            }
        }
        for (List<Receivable> invoices : openByMember.values()) {
            if (invoices.size() > 1 && invoices.size() <= MAX_INVOICES_FOR_SUMS) {
                firstCombinationAddingUpTo(invoices, openAmounts, credit.amount()).ifPresent(candidates::add);
            }
        }
        List<Suggestion> suggestions = new ArrayList<>();
        for (String member : payer.keySet()) {
            List<Receivable> invoices = openByMember.getOrDefault(member, List.of());
            List<Receivable> paid = new ArrayList<>();
            Money left = credit.amount();
            for (Receivable r : invoices) {
                if (left.isPositive()) {
                    paid.add(r);
                    left = left.minus(openAmounts.get(r.invoiceNumber()));
                }
            }
            if (paid.isEmpty()) {
                // A recognised payer with nothing open: the credit can only be kept on its account.
                Set<Evidence> evidence = payer.get(member);
                suggestions.add(new Suggestion(member, List.of(), credit.amount(), evidence, evidence.stream().mapToInt(Evidence::weight).sum()));
            } else {
                candidates.add(List.copyOf(paid));
            }
        }
        for (List<Receivable> invoices : candidates) {
            suggestions.add(suggestion(credit, invoices, openAmounts, references, payer));
        }
        Comparator<Suggestion> order = Comparator.comparingInt(Suggestion::score).reversed()
                .thenComparing(s -> s.allocations().isEmpty() ? "~" : ledger.receivable(s.allocations().get(0).invoiceNumber())
                        .map(r -> r.dueDate().toString()).orElse("~"))
                .thenComparing(s -> String.join(",", s.invoiceNumbers()))
                .thenComparing(Suggestion::memberCode);
        return suggestions.stream().sorted(order).limit(MAX_SUGGESTIONS).toList();
    }

    private static Suggestion suggestion(StatementEntry credit, List<Receivable> invoices, Map<String, Money> openAmounts,
                                         Map<String, Set<Evidence>> references, Map<String, Set<Evidence>> payer) {
        String member = invoices.get(0).memberCode();
        Set<Evidence> evidence = EnumSet.noneOf(Evidence.class);
        int score = 0;
        Money left = credit.amount();
        Money sumOpen = Money.zero();
        List<Allocation> allocations = new ArrayList<>();
        for (Receivable r : invoices) {
            Set<Evidence> referred = references.getOrDefault(r.invoiceNumber(), Set.of());
            evidence.addAll(referred);
            score += referred.stream().mapToInt(Evidence::weight).sum();
            Money open = openAmounts.get(r.invoiceNumber());
            sumOpen = sumOpen.plus(open);
            Money part = open.min(left);
            if (part.isPositive()) {
                allocations.add(Allocation.of(r.invoiceNumber(), part));
                left = left.minus(part);
            }
        }
        if (sumOpen.equals(credit.amount())) {
            Evidence amount = invoices.size() == 1 ? Evidence.AMOUNT_EQUALS_OPEN : Evidence.AMOUNT_EQUALS_SUM_OF_OPEN;
            evidence.add(amount);
            score += amount.weight();
        }
        Set<Evidence> who = payer.getOrDefault(member, Set.of());
        evidence.addAll(who);
        score += who.stream().mapToInt(Evidence::weight).sum();
        return new Suggestion(member, allocations, left, evidence, score);
    }

    /** The invoices the communication refers to, with how: OGM as free text, one slip from an OGM, invoice number. */
    private static Map<String, Set<Evidence>> references(StatementEntry credit, List<Receivable> open) {
        String text = credit.allText();
        List<String> typed = new ArrayList<>(StructuredCommunication.candidatesIn(text));
        credit.structuredCommunication().ifPresent(o -> typed.add(o.digits()));
        Map<String, Set<Evidence>> found = new HashMap<>();
        for (Receivable r : open) {
            Set<Evidence> evidence = EnumSet.noneOf(Evidence.class);
            String digits = r.ogm().digits();
            for (String t : typed) {
                if (t.equals(digits)) {
                    evidence.add(Evidence.OGM_IN_FREE_TEXT);
                } else if (oneSlip(t, digits)) {
                    evidence.add(Evidence.OGM_ONE_SLIP);
                }
            }
            if (!text.isEmpty() && numberPattern(r.invoiceNumber()).matcher(text).find()) {
                evidence.add(Evidence.INVOICE_NUMBER_IN_TEXT);
            }
            if (!evidence.isEmpty()) {
                found.put(r.invoiceNumber(), evidence);
            }
        }
        return found;
    }

    /** The members the payer is recognised as, by account or by name, with how. */
    private Map<String, Set<Evidence>> payerEvidence(StatementEntry credit) {
        Map<String, Set<Evidence>> found = new LinkedHashMap<>();
        credit.counterpartyAccount().ifPresent(iban -> membersByAccount.getOrDefault(iban, Set.of())
                .forEach(m -> found.computeIfAbsent(m, k -> EnumSet.noneOf(Evidence.class)).add(Evidence.KNOWN_ACCOUNT)));
        String payerName = " " + words(credit.counterpartyName()) + " ";
        for (Debtor d : debtors.values()) {
            String name = words(d.name());
            if (!name.isEmpty() && payerName.contains(" " + name + " ")) {
                found.computeIfAbsent(d.memberCode(), k -> EnumSet.noneOf(Evidence.class)).add(Evidence.MEMBER_NAME);
            }
        }
        return found;
    }

    /**
     * Upper case, accents and punctuation dropped, ligatures spelt out (banks write Cœur as COEUR), words separated
     * by one space: CPAS d'Andenne → CPAS D ANDENNE.
     */
    static String words(String text) {
        String spelt = text.replace("Œ", "OE").replace("œ", "oe").replace("Æ", "AE").replace("æ", "ae").replace("ß", "ss");
        String plain = Normalizer.normalize(spelt, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toUpperCase(Locale.ROOT);
        return plain.replaceAll("[^A-Z0-9]+", " ").strip();
    }

    /** The invoice number as typed: its parts separated by a dash, slash, space, dot or nothing; no digit around it. */
    private static Pattern numberPattern(String invoiceNumber) {
        String[] parts = invoiceNumber.split("-");
        StringBuilder regex = new StringBuilder("(?<![0-9A-Za-z])");
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                regex.append("[-/ .]?");
            }
            regex.append(Pattern.quote(parts[i]));
        }
        return Pattern.compile(regex.append("(?![0-9])").toString(), Pattern.CASE_INSENSITIVE);
    }

    /** Whether two digit strings of one length differ by one digit, or by two adjacent digits swapped. */
    static boolean oneSlip(String a, String b) {
        if (a.length() != b.length()) {
            return false;
        }
        int first = -1;
        int count = 0;
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                if (count++ == 0) {
                    first = i;
                }
            }
        }
        return count == 1 || (count == 2 && first + 1 < a.length() && a.charAt(first) == b.charAt(first + 1)
                && a.charAt(first + 1) == b.charAt(first));
    }

    /** The first combination of two or more invoices whose open amounts add up to the amount: fewer invoices first. */
    private static Optional<List<Receivable>> firstCombinationAddingUpTo(List<Receivable> invoices, Map<String, Money> openAmounts,
                                                                        Money amount) {
        int n = invoices.size();
        long[] cents = new long[n];
        for (int i = 0; i < n; i++) {
            cents[i] = openAmounts.get(invoices.get(i).invoiceNumber()).cents();
        }
        long target = amount.cents();
        for (int size = 2; size <= n; size++) {
            int[] pick = new int[size];
            for (int i = 0; i < size; i++) {
                pick[i] = i;
            }
            while (true) {
                long sum = 0;
                for (int i : pick) {
                    sum += cents[i];
                }
                if (sum == target) {
                    List<Receivable> found = new ArrayList<>(size);
                    for (int i : pick) {
                        found.add(invoices.get(i));
                    }
                    return Optional.of(found);
                }
                int i = size - 1;
                while (i >= 0 && pick[i] == n - size + i) {
                    i--;
                }
                if (i < 0) {
                    break;
                }
                pick[i]++;
                for (int j = i + 1; j < size; j++) {
                    pick[j] = pick[j - 1] + 1;
                }
            }
        }
        return Optional.empty();
    }
}
