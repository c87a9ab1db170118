package be.groupage.core.invoicing;

import be.groupage.core.money.Money;
import be.groupage.core.money.VatRate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * The amounts of a document computed from its lines: one {@link VatBreakdown} per VAT rate (ascending),
 * and the {@link InvoiceTotals}. Line nets are summed in whole cents; the VAT of each rate is computed
 * once, on its summed base, rounded half-up. Subsidy lines stay out of the breakdown and count as paid by
 * third parties.
 */
public final class InvoiceComputation {

    private final List<VatBreakdown> breakdown;
    private final InvoiceTotals totals;

    private InvoiceComputation(List<VatBreakdown> breakdown, InvoiceTotals totals) {
        this.breakdown = breakdown;
        this.totals = totals;
    }

    /**
     * Computes the amounts of these lines.
     *
     * @throws IllegalArgumentException when there are no lines or they are in different currencies
     */
    public static InvoiceComputation of(List<InvoiceLine> lines) {
        Objects.requireNonNull(lines, "lines");
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("A document has at least one line");
        }
        Currency currency = lines.get(0).unitPrice().currency();
        // A document has a handful of rates: a linear scan beats a map for a million lines.
        VatRate[] rates = new VatRate[4];
        long[] bases = new long[4];
        int rateCount = 0;
        long subsidies = 0;
        for (int i = 0, n = lines.size(); i < n; i++) {
            InvoiceLine line = lines.get(i);
            if (line.unitPrice().currency() != currency && !line.unitPrice().currency().equals(currency)) {
                throw new IllegalArgumentException("Line " + (i + 1) + " is in " + line.unitPrice().currency() + ", the document in " + currency);
            }
            VatRate rate = line.vatRateOrNull();
            if (rate == null) {
                subsidies = Math.addExact(subsidies, line.netCents());
                continue;
            }
            int slot = 0;
            while (slot < rateCount && rates[slot] != rate && !rates[slot].equals(rate)) {
                slot++;
            }
            if (slot == rateCount) {
                if (rateCount == rates.length) {
                    rates = Arrays.copyOf(rates, rateCount * 2);
                    bases = Arrays.copyOf(bases, rateCount * 2);
                }
                rates[slot] = rate;
                rateCount++;
            }
            bases[slot] = Math.addExact(bases[slot], line.netCents());
        }
        List<VatBreakdown> breakdown = new ArrayList<>(rateCount);
        long net = 0;
        long vat = 0;
        for (int i = 0; i < rateCount; i++) {
            Money base = Money.of(BigDecimal.valueOf(bases[i], 2), currency);
            Money tax = rates[i].vatOn(base);
            breakdown.add(new VatBreakdown(rates[i], base, tax));
            net += bases[i];
            vat += tax.cents();
        }
        breakdown.sort((a, b) -> a.rate().compareTo(b.rate()));
        long paid = -subsidies;
        InvoiceTotals totals = new InvoiceTotals(cents(net, currency), cents(vat, currency), cents(net + vat, currency),
                cents(paid, currency), cents(net + vat - paid, currency));
        return new InvoiceComputation(List.copyOf(breakdown), totals);
    }

    private static Money cents(long cents, Currency currency) {
        return Money.of(BigDecimal.valueOf(cents, 2), currency);
    }

    /** One entry per VAT rate present, by ascending rate. */
    public List<VatBreakdown> vatBreakdown() {
        return breakdown;
    }

    public InvoiceTotals totals() {
        return totals;
    }

    @Override
    public String toString() {
        return "InvoiceComputation" + breakdown + " " + totals;
    }
}
