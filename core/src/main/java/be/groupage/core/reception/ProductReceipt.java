package be.groupage.core.reception;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What the cooperative delivered of one product, as the coordinator records it.
 *
 * <ul>
 *   <li><b>By quantity</b> ({@link #byQuantity}): the lots and their quantities; what reaches members is
 *       the quantity of the lots that may be distributed, shared out over the member allocations.</li>
 *   <li><b>By weighing</b> ({@link #byWeighing}), for variable-weight goods: the lots (with the weight on
 *       the delivery note) and a weighing per member line, which is what the member receives and is
 *       invoiced for.</li>
 * </ul>
 *
 * <p>Invariants: lot numbers are unique within the product and share one unit; every weighing names
 * one of the lots.
 */
public record ProductReceipt(String productCode, List<ReceivedLot> lots, List<Weighing> weighings, boolean weighed) {

    public ProductReceipt {
        Objects.requireNonNull(productCode, "productCode");
        lots = List.copyOf(Objects.requireNonNull(lots, "lots"));
        weighings = List.copyOf(Objects.requireNonNull(weighings, "weighings"));
        Set<String> numbers = new HashSet<>();
        for (ReceivedLot lot : lots) {
            if (!numbers.add(lot.lotNumber())) {
                throw new IllegalArgumentException("Product " + productCode + ": lot " + lot.lotNumber() + " is given twice");
            }
            if (lot.quantity().unit() != lots.get(0).quantity().unit()) {
                throw new IllegalArgumentException("Product " + productCode + ": lots in " + lots.get(0).quantity().unit().code()
                        + " and " + lot.quantity().unit().code());
            }
        }
        if (!weighed && !weighings.isEmpty()) {
            throw new IllegalArgumentException("Product " + productCode + " is received by quantity: it has no weighings");
        }
        for (Weighing w : weighings) {
            if (!numbers.contains(w.lotNumber())) {
                throw new IllegalArgumentException("Product " + productCode + ": member " + w.memberCode() + " was weighed from lot "
                        + w.lotNumber() + ", which was not received");
            }
        }
    }

    /** A product received by quantity: the lots delivered (none when nothing came). */
    public static ProductReceipt byQuantity(String productCode, List<ReceivedLot> lots) {
        return new ProductReceipt(productCode, lots, List.of(), false);
    }

    /** A variable-weight product: the lots delivered and what each member line weighed. */
    public static ProductReceipt byWeighing(String productCode, List<ReceivedLot> lots, List<Weighing> weighings) {
        return new ProductReceipt(productCode, lots, weighings, true);
    }
}
