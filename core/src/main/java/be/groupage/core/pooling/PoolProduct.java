package be.groupage.core.pooling;

import be.groupage.core.money.Quantity;
import be.groupage.core.money.Unit;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * What pooling needs to know about a product: its code, selling unit, case size (in selling units, at
 * most three decimals, whole for counted units) and minimum number of cases (0 and 1 both mean one).
 */
public record PoolProduct(String productCode, Unit unit, BigDecimal caseSize, int minimumCases) {

    public PoolProduct {
        Objects.requireNonNull(productCode, "productCode");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(caseSize, "caseSize");
        Quantity.of(caseSize, unit); // checks whole / three decimals
        if (caseSize.signum() <= 0) {
            throw new IllegalArgumentException("Product " + productCode + ": the case size must be positive, not " + caseSize.toPlainString());
        }
        if (minimumCases < 0) {
            throw new IllegalArgumentException("Product " + productCode + ": minimum cases must not be negative: " + minimumCases);
        }
    }

    public static PoolProduct of(String productCode, Unit unit, BigDecimal caseSize, int minimumCases) {
        return new PoolProduct(productCode, unit, caseSize, minimumCases);
    }

    public static PoolProduct of(String productCode, Unit unit, long caseSize, int minimumCases) {
        return new PoolProduct(productCode, unit, BigDecimal.valueOf(caseSize), minimumCases);
    }

    /** The decimals a quantity of this product is counted in: 3 for measured units, 0 for counted ones. */
    int scale() {
        return unit.fractional() ? Quantity.MAX_SCALE : 0;
    }
}
