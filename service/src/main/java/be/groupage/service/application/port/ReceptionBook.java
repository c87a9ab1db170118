package be.groupage.service.application.port;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Where a reception is kept: what came in (goods in, one step up) and what each member got from which
 * lot (goods out, one step down, which a recall reads). Written in batches: a cycle has a delivery row
 * per member line and lot.
 */
public interface ReceptionBook {

    /** A line of the delivery as recorded: a product's lot, as a whole or weighed for one member. */
    record ReceivedRow(String productCode, String memberCode, BigDecimal quantity, String lot, LocalDate useBy, LocalDate bestBefore) {
    }

    /** What a member received of a product from one lot. */
    record DeliveredRow(String memberCode, String productCode, BigDecimal quantity, String lot, LocalDate useBy, LocalDate bestBefore) {
    }

    /** Stores both, in the caller's transaction. */
    void save(long cycleId, List<ReceivedRow> received, List<DeliveredRow> delivered, Instant at, String by);
}
