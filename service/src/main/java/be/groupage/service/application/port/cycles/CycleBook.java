package be.groupage.service.application.port.cycles;

import be.groupage.core.catalogue.CatalogueVersion;
import be.groupage.core.costsplit.SharedCost;
import be.groupage.core.costsplit.Subsidy;
import be.groupage.core.cycle.Cycle;
import be.groupage.core.cycle.CycleStatus;
import be.groupage.core.cycle.LotReference;
import be.groupage.core.pooling.AllocationStrategy;
import be.groupage.core.pooling.CaseRounding;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where cycles are created, read and moved through their states, inside the caller's transaction.
 * Reads are a fixed handful of statements whatever the number of cycles, orders or lines: orders are read
 * in one pass as the domain's, not as a row per order and per line. Closing, with its pooling, is the
 * {@link PoolingBook}'s.
 */
public interface CycleBook {

    /** A new cycle's settings; it starts in DRAFT. */
    record NewCycle(String title, String supplierCode, long catalogueId, Instant opensAt, Instant closesAt, LocalDate deliveryDate,
                    CaseRounding caseRounding, AllocationStrategy allocation, Optional<LotReference> lot, List<SharedCost> sharedCosts,
                    List<Subsidy> subsidies) {
    }

    /** A framework agreement as a cycle is bought under it: the supplier it binds and the numbers of its lots. */
    record AgreementLots(String number, String supplierCode, List<String> lotNumbers) {
    }

    /** What closing decided for a product: whole cases of a size, the pooled demand, what members get and the surplus. */
    record Pool(String productCode, BigDecimal caseSize, long cases, BigDecimal ordered, BigDecimal allocated, BigDecimal platformStock) {

        /** The quantity the whole cases make. */
        public BigDecimal caseQuantity() {
            return caseSize.multiply(BigDecimal.valueOf(cases));
        }
    }

    /** What closing allocated to one member line, why, and where the member takes delivery. */
    record Allocation(String productCode, String memberCode, String deliveryPoint, BigDecimal ordered, BigDecimal allocated,
                      String reason, String explanation) {
    }

    /** Stores a new cycle in DRAFT, created {@code at} by {@code by}; its supplier, catalogue and lot must be stored. */
    CycleDetails create(NewCycle cycle, Instant at, String by);

    /** The agreement with that number; empty when there is none. */
    Optional<AgreementLots> agreement(String number);

    /** The cycle; empty when there is no such cycle. */
    Optional<CycleDetails> find(long cycleId);

    /** Every cycle (in the state asked, if one is), latest closing first. */
    List<CycleDetails> list(Optional<CycleStatus> status);

    /** The catalogue version the cycle orders on, with its products at the prices of that version. */
    CatalogueVersion catalogue(CycleDetails cycle);

    /** The domain cycle on its catalogue version, without orders: enough for its transitions. */
    Optional<Cycle> restore(long cycleId);

    /**
     * The domain cycle, without orders, after taking the write lock on its row (the first statement of the caller's
     * transaction when called first): a transition decided on it cannot race another instance's, which waits for the
     * lock and then reads the state this one left.
     */
    Optional<Cycle> restoreLocked(long cycleId);

    /**
     * The DRAFT cycles whose opening time is not after {@code now}, whose closing time is after it and whose opening
     * time lay ahead when they were created: the candidates to open by themselves, earliest opening first.
     */
    List<Long> dueToOpenAt(Instant now);

    /** The domain cycle on its catalogue version with every stored order (orders without lines too), by member code. */
    Optional<Cycle> restoreWithOrders(long cycleId);

    /**
     * Stores what the domain cycle changed, by {@code by}: its state and when it entered it, and the orders it
     * was restored with (none for {@link #restore}). Fails with an optimistic-lock exception when the row
     * changed since this transaction read it.
     */
    void save(Cycle cycle, String by);

    /** What closing decided, by product code; empty until the cycle is closed. */
    List<Pool> pools(long cycleId);

    /** Every member line's allocation, by product code then member code; empty until the cycle is closed. */
    List<Allocation> allocations(long cycleId);

    /** The delivery point of each member with an order in the cycle, by member code. */
    Map<String, String> deliveryPoints(long cycleId);

    /** The quantity all members together ordered of each product, in product-code order (products nobody ordered are absent). */
    Map<String, BigDecimal> orderedByProduct(long cycleId);
}
