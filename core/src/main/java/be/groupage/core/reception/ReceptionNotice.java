package be.groupage.core.reception;

import java.util.Objects;

/**
 * Something the coordinator should see about a reception: a lot withheld, a best-before date passed,
 * goods short, a weighing that could not count.
 *
 * @param productCode the product concerned
 * @param lotNumber   the lot concerned, empty when the whole product is
 * @param kind        what happened
 * @param message     a sentence for people
 */
public record ReceptionNotice(String productCode, String lotNumber, Kind kind, String message) {

    /** What a notice is about. */
    public enum Kind {
        /** A lot past its use-by date (DLC): withheld, its quantity shared out as missing. */
        USE_BY_PASSED,
        /** A lot past its best-before date (DDM): distributed, but the members should know. */
        BEST_BEFORE_PASSED,
        /** Less delivered (and distributable) than allocated: the shortfall was shared out. */
        SHORT_DELIVERY,
        /** A weighing from a withheld lot: it does not count as delivered. */
        WEIGHING_FROM_WITHHELD_LOT,
        /** The weighings of a lot add up to more than its weight on the delivery note. */
        LOT_OVERWEIGHED,
        /** A product was ordered but no receipt was recorded: nothing was delivered. */
        NOT_RECEIVED
    }

    public ReceptionNotice {
        Objects.requireNonNull(productCode, "productCode");
        Objects.requireNonNull(lotNumber, "lotNumber");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
    }
}
