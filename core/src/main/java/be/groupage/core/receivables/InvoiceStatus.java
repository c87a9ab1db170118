package be.groupage.core.receivables;

import be.groupage.core.money.Money;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * An invoice's payment state on a date, with what settled it.
 *
 * <p>Invariant: paid + credited + open = the invoice's payable, to the cent, and none of them is negative
 * (without credit notes: paid + open = payable). {@link #paid()} is the sum of the payment settlements,
 * {@link #credited()} that of the credit-note settlements.
 *
 * @param asOf the date the state is given for: an invoice is overdue when this date is after its due date
 */
public record InvoiceStatus(Receivable receivable, LocalDate asOf, PaymentState state, Money paid, Money credited, Money open,
                            List<Settlement> settlements) {

    public InvoiceStatus {
        Objects.requireNonNull(receivable, "receivable");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(paid, "paid");
        Objects.requireNonNull(credited, "credited");
        Objects.requireNonNull(open, "open");
        settlements = List.copyOf(Objects.requireNonNull(settlements, "settlements"));
        if (!paid.plus(credited).plus(open).equals(receivable.payable())) {
            throw new IllegalArgumentException("Invoice " + receivable.invoiceNumber() + ": paid " + paid + " + credited " + credited
                    + " + open " + open + " is not the payable " + receivable.payable());
        }
        if (paid.isNegative() || credited.isNegative() || open.isNegative()) {
            throw new IllegalArgumentException("Invoice " + receivable.invoiceNumber() + ": no amount is negative");
        }
    }

    /** The state of an invoice with these settlements on a date. */
    static InvoiceStatus of(Receivable receivable, List<Settlement> settlements, LocalDate asOf) {
        Money paid = Money.zero();
        Money credited = Money.zero();
        for (Settlement s : settlements) {
            if (s.kind() == Settlement.Kind.PAYMENT) {
                paid = paid.plus(s.amount());
            } else {
                credited = credited.plus(s.amount());
            }
        }
        Money open = receivable.payable().minus(paid).minus(credited);
        PaymentState state;
        if (open.isPositive() && asOf.isAfter(receivable.dueDate())) {
            state = PaymentState.OVERDUE;
        } else if (open.isPositive()) {
            state = paid.isZero() && credited.isZero() ? PaymentState.ISSUED : PaymentState.PARTLY_PAID;
        } else {
            state = paid.isZero() && credited.isPositive() ? PaymentState.CANCELLED : PaymentState.PAID;
        }
        return new InvoiceStatus(receivable, asOf, state, paid, credited, open, settlements);
    }

    public String invoiceNumber() {
        return receivable.invoiceNumber();
    }

    /** Days from the due date to {@link #asOf()}: negative before the due date, 0 on it. */
    public long daysPastDue() {
        return ChronoUnit.DAYS.between(receivable.dueDate(), asOf);
    }

    public boolean isOverdue() {
        return state == PaymentState.OVERDUE;
    }
}
