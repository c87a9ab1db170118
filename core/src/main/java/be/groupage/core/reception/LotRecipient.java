package be.groupage.core.reception;

import be.groupage.core.money.Quantity;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The answer to a recall, one per member line that received the lot: who, what product, how much of
 * the lot, in which cycle and on which distribution date (one step down, Reg. 178/2002 art. 18).
 */
public record LotRecipient(String memberCode, String productCode, String lotNumber, Quantity quantity, long cycleId,
                           LocalDate distributionDate) {

    public LotRecipient {
        Objects.requireNonNull(memberCode, "memberCode");
        Objects.requireNonNull(productCode, "productCode");
        Objects.requireNonNull(lotNumber, "lotNumber");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(distributionDate, "distributionDate");
    }
}
