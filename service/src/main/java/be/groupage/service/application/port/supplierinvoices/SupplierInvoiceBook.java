package be.groupage.service.application.port.supplierinvoices;

import be.groupage.core.catalogue.CatalogueVersion;
import be.groupage.core.purchasing.InvoiceDecision;
import be.groupage.core.purchasing.SupplierInvoice;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the cooperative's invoices are kept, with what they are matched against: the cycle's catalogue version,
 * the whole cases it ordered and what its reception recorded. Everything inside the caller's transaction.
 */
public interface SupplierInvoiceBook {

    /**
     * A cycle as the three-way match needs it.
     *
     * @param ordered  quantity ordered from the supplier per product code (whole cases x case size); products not
     *                 ordered are absent
     * @param received quantity received per product code (all lots and weighings together); absent when none
     */
    record CycleToMatch(long id, String title, String status, String supplierCode, String supplierKbo, CatalogueVersion catalogue,
                        Map<String, BigDecimal> ordered, Map<String, BigDecimal> received) {
    }

    /** An invoice as stored: the file as received, the cycle it was matched against, and the decision if any. */
    record Stored(long id, long cycleId, String supplierCode, String number, String channel, byte[] content, String sha256,
                  Instant receivedAt, String receivedBy, Optional<InvoiceDecision> decision) {
    }

    Optional<CycleToMatch> cycle(long cycleId);

    /** The id of the supplier's invoice of that number, if it was stored before. */
    Optional<Long> idOf(String supplierCode, String number);

    /**
     * Stores the invoice as read from {@code content}; empty when the supplier's invoice of that number was stored
     * at the same moment by another request (nothing stored).
     */
    Optional<Long> save(long cycleId, String supplierCode, SupplierInvoice invoice, String channel, byte[] content, String sha256,
                        Instant at, String by);

    Optional<Stored> byId(long id);

    /** Every invoice stored for the cycle, by number. */
    List<Stored> ofCycle(long cycleId);

    /** Records the decision (replacing an earlier one); false when there is no such invoice. */
    boolean decide(long id, InvoiceDecision decision);
}
