package be.groupage.core.purchasing;

import be.groupage.core.money.Money;

import java.util.List;
import java.util.Objects;

/**
 * The three-way match of an invoice: every line with its findings (in document order), the products ordered or
 * received but not invoiced, the totals checked against the lines, and what the reception is worth at the
 * catalogue prices ({@code receptionNet}, {@code receptionVat}: received quantities x catalogue prices, VAT per
 * rate on the summed base) beside what the invoice asks ({@code invoicedNet}, {@code invoicedVat}, as declared).
 * The invoice matches when every line matches, nothing received is missing (a product ordered but not received
 * is listed, but there is nothing to pay for it) and every total adds up.
 */
public record MatchReport(List<LineMatch> lines, List<NotInvoiced> notInvoiced, List<TotalCheck> totals, Money receptionNet,
                          Money receptionVat, Money invoicedNet, Money invoicedVat) {

    public MatchReport {
        lines = List.copyOf(lines);
        notInvoiced = List.copyOf(notInvoiced);
        totals = List.copyOf(totals);
        Objects.requireNonNull(receptionNet, "receptionNet");
        Objects.requireNonNull(receptionVat, "receptionVat");
        Objects.requireNonNull(invoicedNet, "invoicedNet");
        Objects.requireNonNull(invoicedVat, "invoicedVat");
    }

    public boolean matches() {
        return lines.stream().allMatch(LineMatch::matches) && notInvoiced.stream().noneMatch(NotInvoiced::wasReceived)
                && totals.stream().allMatch(TotalCheck::matches);
    }

    /** How many lines have at least one finding. */
    public long linesWithFindings() {
        return lines.stream().filter(l -> !l.matches()).count();
    }

    /** The invoice's gross (as declared) minus the reception's worth at the catalogue prices, VAT included. */
    public Money differenceWithReception() {
        return invoicedNet.plus(invoicedVat).minus(receptionNet.plus(receptionVat));
    }
}
