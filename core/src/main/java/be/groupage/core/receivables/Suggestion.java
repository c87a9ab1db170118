package be.groupage.core.receivables;

import be.groupage.core.money.Money;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A proposed way to apply a credit that could not be applied on its own: to some open invoices of one member,
 * the rest (if any) kept as a credit on that member's account. Never applied without a person confirming it
 * ({@link ReceivablesLedger#confirm}).
 *
 * <p>Invariant: the allocations plus the excess equal the credit exactly; every allocation goes to an invoice of
 * the member.
 *
 * @param excess   what is left of the credit once the invoices are paid: an overpayment kept on the member's account
 * @param evidence why, for the person who confirms
 * @param score    the sum of the evidence's weights, a reference in the communication counting once for each
 *                 invoice it points at (so a suggestion paying the two invoices a communication names ranks above
 *                 one paying only one of them): the higher, the likelier
 */
public record Suggestion(String memberCode, List<Allocation> allocations, Money excess, Set<Evidence> evidence, int score) {

    public Suggestion {
        Objects.requireNonNull(memberCode, "memberCode");
        allocations = List.copyOf(Objects.requireNonNull(allocations, "allocations"));
        Objects.requireNonNull(excess, "excess");
        evidence = Set.copyOf(Objects.requireNonNull(evidence, "evidence"));
        if (excess.isNegative()) {
            throw new IllegalArgumentException("The excess is not negative: " + excess);
        }
        if (evidence.isEmpty() || score <= 0) {
            throw new IllegalArgumentException("A suggestion rests on some evidence");
        }
    }

    /** The invoices it pays, in allocation order. */
    public List<String> invoiceNumbers() {
        return allocations.stream().map(Allocation::invoiceNumber).toList();
    }

    /** The credit it applies: the allocations plus the excess. */
    public Money total() {
        return allocations.stream().map(Allocation::amount).reduce(excess, Money::plus);
    }

    /** This suggestion as confirmed by a person. */
    public Confirmation confirmedBy(String person) {
        return Confirmation.of(memberCode, allocations, person);
    }
}
