package be.groupage.core.reception;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What a member's line of a variable-weight product weighed when handed over (goods out), from which
 * lot, in the product's selling unit (e.g. 10.35 kg of carrots). A member may have several weighings
 * of one product, e.g. from two lots.
 */
public record Weighing(String memberCode, String lotNumber, BigDecimal quantity) {

    public Weighing {
        Objects.requireNonNull(memberCode, "memberCode");
        Objects.requireNonNull(lotNumber, "lotNumber");
        Objects.requireNonNull(quantity, "quantity");
        lotNumber = lotNumber.strip();
        if (quantity.signum() < 0) {
            throw new IllegalArgumentException("Member " + memberCode + ", lot " + lotNumber + ": a weighed quantity must not be negative, not "
                    + quantity.toPlainString());
        }
    }

    public static Weighing of(String memberCode, String lotNumber, BigDecimal quantity) {
        return new Weighing(memberCode, lotNumber, quantity);
    }

    public static Weighing of(String memberCode, String lotNumber, String quantity) {
        return new Weighing(memberCode, lotNumber, new BigDecimal(quantity));
    }
}
