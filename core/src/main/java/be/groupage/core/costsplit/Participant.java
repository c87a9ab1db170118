package be.groupage.core.costsplit;

import be.groupage.core.money.Money;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A member of a cycle as the cost split sees it: its code (the tie-break key), its delivery point, the
 * value excluding VAT of the goods delivered to it (exact to the cent) and their weight in kg.
 * A member with neither value nor weight received nothing and takes no part in the split.
 */
public record Participant(String memberCode, String deliveryPoint, Money goodsValue, BigDecimal weightKg) {

    public Participant {
        Objects.requireNonNull(memberCode, "memberCode");
        Objects.requireNonNull(deliveryPoint, "deliveryPoint");
        Objects.requireNonNull(goodsValue, "goodsValue");
        Objects.requireNonNull(weightKg, "weightKg");
        if (memberCode.isBlank()) {
            throw new IllegalArgumentException("A participant needs a member code");
        }
        if (deliveryPoint.isBlank()) {
            throw new IllegalArgumentException("Member " + memberCode + " needs a delivery point");
        }
        if (goodsValue.isNegative() || goodsValue.amount().stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("Member " + memberCode + ": the goods value is a non-negative amount exact to the cent, not " + goodsValue);
        }
        if (weightKg.signum() < 0) {
            throw new IllegalArgumentException("Member " + memberCode + ": the weight must not be negative: " + weightKg.toPlainString());
        }
    }

    public static Participant of(String memberCode, String deliveryPoint, Money goodsValue, BigDecimal weightKg) {
        return new Participant(memberCode, deliveryPoint, goodsValue, weightKg);
    }

    /** Whether anything was delivered to this member (a value or a weight). */
    public boolean receivedGoods() {
        return goodsValue.isPositive() || weightKg.signum() > 0;
    }
}
