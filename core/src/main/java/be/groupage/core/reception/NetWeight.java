package be.groupage.core.reception;

import be.groupage.core.money.Quantity;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The weight in kilograms of a delivered quantity, as reports and cost splits by weight count it.
 *
 * <ul>
 *   <li>{@code KGM}: as is; {@code GRM}: divided by 1000.</li>
 *   <li>{@code LTR}: one litre counts as one kilogram. The liquids sold (milk, juice, soup, oil) weigh
 *       between 0.9 and 1.05 kg a litre; counting them as zero would hide them from "kg bought" and
 *       from a transport cost split by weight, which is worse than a few percent of error.</li>
 *   <li>Pieces and units ({@code H87}, {@code C62}): the weight per piece when the product gives one
 *       (the catalogue's {@code piece_weight_kg}, passed by the caller: this package does not know the
 *       catalogue), otherwise zero; a weight is never guessed from the product name.</li>
 * </ul>
 */
public final class NetWeight {

    private NetWeight() {
    }

    /**
     * @param kgPerPiece the weight of one piece in kg, used only for counted units; empty when unknown
     */
    public static BigDecimal kilograms(Quantity quantity, Optional<BigDecimal> kgPerPiece) {
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(kgPerPiece, "kgPerPiece");
        switch (quantity.unit()) {
            case KGM:
            case LTR:
                return quantity.amount();
            case GRM:
                return quantity.amount().movePointLeft(3);
            default:
                return kgPerPiece.map(k -> quantity.amount().multiply(k)).orElse(BigDecimal.ZERO);
        }
    }
}
