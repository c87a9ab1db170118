package be.groupage.service.application.port.reports;

import java.math.BigDecimal;
import java.time.LocalDate;

import static java.util.Objects.requireNonNull;

/**
 * What a member received of one product in one cycle, with what is needed to price it: the cycle's
 * delivery date and the supplier and number of the catalogue version it ordered on.
 */
public record DeliveredQuantity(long cycleId, LocalDate deliveryDate, String memberCode, String memberName, String supplierCode,
                                int catalogueVersion, String productCode, BigDecimal quantity) {

    public DeliveredQuantity {
        requireNonNull(deliveryDate, "deliveryDate");
        requireNonNull(memberCode, "memberCode");
        requireNonNull(memberName, "memberName");
        requireNonNull(supplierCode, "supplierCode");
        requireNonNull(productCode, "productCode");
        requireNonNull(quantity, "quantity");
    }
}
