package be.groupage.service.application.port.purchaseorders;

import be.groupage.core.catalogue.CatalogueVersion;
import be.groupage.core.cycle.LotReference;
import be.groupage.service.application.document.Party;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** What a cycle's consolidated purchase order is made of, inside the caller's transaction. */
public interface PurchaseOrderBook {

    /** The cycle with its parties, catalogue and pools; empty when there is no such cycle. */
    Optional<CycleToOrder> cycle(long cycleId);

    /** Every member's non-zero allocation in the cycle, by member code then product code, in one read. */
    List<Parcel> parcels(long cycleId);

    /**
     * A cycle as its purchase order needs it.
     *
     * @param platform  the invoicing party, empty until it is set up
     * @param orderedAt when the cycle was sent (ORDERED), if it was
     */
    record CycleToOrder(long cycleId, String title, String status, String supplierCode, Party supplier, Optional<Party> platform,
                        CatalogueVersion catalogue, Optional<Instant> orderedAt, LocalDate deliveryDate, Optional<LotReference> lot,
                        List<Pool> pools) {
    }

    /** What pooling decided for a product: whole cases of a size. */
    record Pool(String productCode, BigDecimal caseSize, int cases) {
    }

    /** What one member gets of one product, and where it is delivered. */
    record Parcel(String memberCode, String memberName, String deliveryPoint, String productCode, BigDecimal allocated) {
    }
}
