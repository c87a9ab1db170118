package be.groupage.service.application.port.reception;

import be.groupage.core.catalogue.CatalogueVersion;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where a reception is kept: what came in (goods in, one step up) and what each member got from which
 * lot (goods out, one step down, which a recall reads). Written in batches: a cycle has a delivery row
 * per member line and lot. Everything inside the caller's transaction.
 */
public interface ReceptionBook {

    /** The cycle as a reception needs it: who may see it (state, supplier) and the catalogue version it ordered on. */
    record CycleToReceive(long id, String status, String supplierCode, CatalogueVersion catalogue) {
    }

    /** A line of the delivery as recorded: a product's lot, as a whole or weighed for one member. */
    record ReceivedRow(String productCode, String memberCode, BigDecimal quantity, String lot, LocalDate useBy, LocalDate bestBefore) {
    }

    /** What a member received of a product from one lot. */
    record DeliveredRow(String memberCode, String productCode, BigDecimal quantity, String lot, LocalDate useBy, LocalDate bestBefore) {
    }

    /** A delivery of a lot, with what a recall tells about the member and the cycle; the product is in {@code catalogue}. */
    record LotDelivery(String memberCode, String memberName, String deliveryPoint, String email, long cycleId, String cycleTitle,
                       LocalDate deliveryDate, CatalogueVersion catalogue, String productCode, BigDecimal quantity, LocalDate useBy,
                       LocalDate bestBefore) {
    }

    Optional<CycleToReceive> cycle(long cycleId);

    /** The whole cases closing ordered from the supplier, by product code (products nobody ordered are absent). */
    Map<String, Long> casesByProduct(long cycleId);

    /** For each of {@code products}, the members with a line (an allocation) for it, by product code. */
    Map<String, Set<String>> membersWithLines(long cycleId, Set<String> products);

    /** Stores both, and moves the cycle from ORDERED to RECEIVED at {@code at}; false (nothing stored) when it was not ORDERED. */
    boolean save(long cycleId, List<ReceivedRow> received, List<DeliveredRow> delivered, Instant at, String by);

    /** Every delivery of the lot, in every cycle, by member code. */
    List<LotDelivery> deliveriesOfLot(String lot);
}
