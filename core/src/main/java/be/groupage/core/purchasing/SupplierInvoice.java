package be.groupage.core.purchasing;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A supplier's invoice to the platform, as read from its structured file: number, issue date, due date when
 * given, currency, the purchase-order reference when given, the seller's name and identifiers (endpoint, VAT
 * number, legal registration: whatever the file holds), its lines, its document-level allowances and charges,
 * the declared VAT per rate and the declared
 * totals. In euro, with at least one line.
 */
public record SupplierInvoice(String number, LocalDate issueDate, Optional<LocalDate> dueDate, String currency,
                              Optional<String> orderReference, String sellerName, List<String> sellerIdentifiers,
                              List<SupplierInvoiceLine> lines, List<AllowanceCharge> allowanceCharges, List<DeclaredVat> declaredVat,
                              DeclaredTotals totals) {

    /** The only currency Groupage invoices and pays in. */
    public static final String CURRENCY = "EUR";

    public SupplierInvoice {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(issueDate, "issueDate");
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(orderReference, "orderReference");
        Objects.requireNonNull(sellerName, "sellerName");
        sellerIdentifiers = List.copyOf(sellerIdentifiers);
        lines = List.copyOf(lines);
        allowanceCharges = List.copyOf(allowanceCharges);
        declaredVat = List.copyOf(declaredVat);
        Objects.requireNonNull(totals, "totals");
        if (number.isBlank()) {
            throw new IllegalArgumentException("An invoice has a number");
        }
        if (!CURRENCY.equals(currency)) {
            throw new IllegalArgumentException("An invoice to the platform is in " + CURRENCY + ", not " + currency);
        }
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("An invoice has at least one line");
        }
    }

    /**
     * Whether the seller is the enterprise of this KBO number: one of its identifiers holds the same ten digits
     * (an endpoint ID {@code 0123456789} of scheme 0208, a VAT number {@code BE0123456789} or a KBO number written with dots).
     */
    public boolean issuedBy(String kbo) {
        String wanted = digits(Objects.requireNonNull(kbo, "kbo"));
        if (wanted.length() != 10) {
            return false;
        }
        return sellerIdentifiers.stream().map(SupplierInvoice::digits).anyMatch(wanted::equals);
    }

    private static String digits(String identifier) {
        String d = identifier.replaceAll("[^0-9]", "");
        // A VAT number of nine digits (written before the leading 0) is the same enterprise.
        return d.length() == 9 ? "0" + d : d;
    }
}
