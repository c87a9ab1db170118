package be.groupage.core.purchasing;

import be.groupage.core.money.Money;

import java.util.Objects;

/**
 * One total of the invoice checked against its own lines: what it declares, what the lines give under the VAT
 * rule, and the exact difference (declared minus computed). {@code name} says which total: {@code LINE_NETS},
 * {@code TAX_EXCLUSIVE}, {@code VAT_BASE 6}, {@code VAT 6} (per rate, in percent), {@code VAT_TOTAL},
 * {@code TAX_INCLUSIVE}, {@code PAYABLE}.
 */
public record TotalCheck(String name, Money declared, Money computed) {
    public TotalCheck {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(declared, "declared");
        Objects.requireNonNull(computed, "computed");
    }

    public Money difference() {
        return declared.minus(computed);
    }

    public boolean matches() {
        return difference().isZero();
    }
}
