package be.groupage.core.receivables;

import be.groupage.core.money.Money;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * A member's open invoices on a date, by how long they are past due ({@link AgeBucket}, counted from each
 * invoice's due date), and the credit it has on its account beside them.
 *
 * <p>Invariants: every bucket is present (zero when empty); the buckets add up exactly to {@link #open()}, the
 * sum of the open amounts of the member's invoices. The member's credit (overpayments, credit notes on paid
 * invoices) is not netted into the buckets: it is stated apart, and {@link #net()} gives open minus credit.
 * Credits still waiting for a person's confirmation are in neither.
 */
public record AgedBalance(String memberCode, LocalDate asOf, Map<AgeBucket, Money> buckets, Money open, Money credit) {

    public AgedBalance {
        Objects.requireNonNull(memberCode, "memberCode");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(open, "open");
        Objects.requireNonNull(credit, "credit");
        EnumMap<AgeBucket, Money> all = new EnumMap<>(AgeBucket.class);
        Money sum = Money.zero();
        for (AgeBucket b : AgeBucket.values()) {
            Money m = Objects.requireNonNull(buckets, "buckets").getOrDefault(b, Money.zero());
            all.put(b, m);
            sum = sum.plus(m);
        }
        if (!sum.equals(open)) {
            throw new IllegalArgumentException("The buckets of " + memberCode + " add up to " + sum + ", not the open " + open);
        }
        buckets = Collections.unmodifiableMap(all);
    }

    public Money bucket(AgeBucket bucket) {
        return buckets.get(bucket);
    }

    /** What is past due: every bucket but {@link AgeBucket#NOT_YET_DUE}. */
    public Money overdue() {
        return open.minus(buckets.get(AgeBucket.NOT_YET_DUE));
    }

    /** Open minus the credit on account: what the member owes all told (negative when the platform owes it). */
    public Money net() {
        return open.minus(credit);
    }
}
