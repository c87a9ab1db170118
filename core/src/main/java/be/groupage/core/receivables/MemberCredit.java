package be.groupage.core.receivables;

import be.groupage.core.money.Money;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Money a member has on its account with the platform, not owed on any invoice: what a payment brought beyond
 * the invoices it paid, or what a credit note took off an invoice that was already paid. It is stated, never
 * silently used: finance staff decide to refund it or to allocate it.
 *
 * @param source the key of the bank movement, or the credit note's number
 */
public record MemberCredit(String memberCode, Reason reason, String source, LocalDate date, Money amount) {

    /** Where the credit comes from. */
    public enum Reason {
        OVERPAYMENT,
        CREDIT_NOTE_ON_PAID_INVOICE
    }

    public MemberCredit {
        Objects.requireNonNull(memberCode, "memberCode");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(amount, "amount");
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("A member credit is positive, not " + amount);
        }
    }
}
