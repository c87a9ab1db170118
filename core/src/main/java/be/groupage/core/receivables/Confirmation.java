package be.groupage.core.receivables;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A person's decision on a credit that was not applied on its own: put these amounts on these invoices of the
 * member, and keep the rest of the credit on the member's account. Either a {@link Suggestion} accepted
 * ({@link Suggestion#confirmedBy}) or an allocation made by hand; empty allocations keep the whole credit on
 * the member's account.
 *
 * @param person who confirmed, for the audit trail
 */
public record Confirmation(String memberCode, List<Allocation> allocations, String person) {

    public Confirmation {
        Objects.requireNonNull(memberCode, "memberCode");
        allocations = List.copyOf(Objects.requireNonNull(allocations, "allocations"));
        Objects.requireNonNull(person, "person");
        if (person.isBlank()) {
            throw new IllegalArgumentException("A confirmation names the person who confirmed");
        }
        Set<String> seen = new HashSet<>();
        for (Allocation a : allocations) {
            if (!seen.add(a.invoiceNumber())) {
                throw new IllegalArgumentException("Invoice " + a.invoiceNumber() + " is allocated twice in one confirmation");
            }
        }
    }

    public static Confirmation of(String memberCode, List<Allocation> allocations, String person) {
        return new Confirmation(memberCode, allocations, person);
    }
}
