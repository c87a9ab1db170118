package be.groupage.core.purchasing;

import be.groupage.core.money.Money;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An invoice line with what the match found: the product it names in the catalogue version (when it names one),
 * the quantities ordered and received of that product, what the line would cost at the catalogue price
 * ({@code expectedNet}: invoiced quantity x catalogue price, half-up to the cent) and its findings. A line without
 * findings matches.
 */
public record LineMatch(SupplierInvoiceLine line, Optional<String> productCode, Optional<BigDecimal> ordered,
                        Optional<BigDecimal> received, Optional<Money> expectedNet, List<Finding> findings) {

    public LineMatch {
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(productCode, "productCode");
        Objects.requireNonNull(ordered, "ordered");
        Objects.requireNonNull(received, "received");
        Objects.requireNonNull(expectedNet, "expectedNet");
        findings = List.copyOf(findings);
    }

    public boolean matches() {
        return findings.isEmpty();
    }

    public boolean has(FindingKind kind) {
        return findings.stream().anyMatch(f -> f.kind() == kind);
    }
}
