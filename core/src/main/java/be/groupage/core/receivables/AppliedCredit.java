package be.groupage.core.receivables;

import be.groupage.core.banking.StatementEntry;
import be.groupage.core.money.Money;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A bank credit applied to a member's invoices: how much went to each, and the excess kept as a credit on the
 * member's account (an overpayment, stated as such).
 *
 * <p>Invariant: the allocations plus the excess equal the credit's amount exactly.
 *
 * @param confirmedBy empty when applied automatically (the credit carried an invoice's OGM as structured);
 *                    otherwise the person who confirmed
 */
public record AppliedCredit(StatementEntry credit, String memberCode, List<Allocation> allocations, Money excess,
                            Optional<String> confirmedBy) {

    public AppliedCredit {
        Objects.requireNonNull(credit, "credit");
        Objects.requireNonNull(memberCode, "memberCode");
        allocations = List.copyOf(Objects.requireNonNull(allocations, "allocations"));
        Objects.requireNonNull(excess, "excess");
        Objects.requireNonNull(confirmedBy, "confirmedBy");
        if (!credit.isCredit()) {
            throw new IllegalArgumentException("Only a credit is applied to invoices, not " + credit.key());
        }
        if (excess.isNegative()) {
            throw new IllegalArgumentException("The excess is not negative: " + excess);
        }
        Money total = allocations.stream().map(Allocation::amount).reduce(excess, Money::plus);
        if (!total.equals(credit.amount())) {
            throw new IllegalArgumentException("The allocations and excess of " + credit.key() + " add up to " + total
                    + ", not the credit's " + credit.amount());
        }
    }

    public boolean isAutomatic() {
        return confirmedBy.isEmpty();
    }
}
