package be.groupage.core.invoicing;

import java.time.LocalDate;
import java.util.Objects;

/** How many calendar days a member has to pay: the due date is the issue date plus that many days. */
public record PaymentTerms(int days) {

    public PaymentTerms {
        if (days < 0 || days > 365) {
            throw new IllegalArgumentException("Payment terms are 0 to 365 days, not " + days);
        }
    }

    public static PaymentTerms days(int days) {
        return new PaymentTerms(days);
    }

    public LocalDate dueDate(LocalDate issueDate) {
        return Objects.requireNonNull(issueDate, "issueDate").plusDays(days);
    }
}
