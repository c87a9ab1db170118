package be.groupage.service.application.port.cycles;

import be.groupage.core.cycle.Cycle;
import be.groupage.core.pooling.Pooling;
import be.groupage.core.pooling.PoolingResult;

import java.time.Instant;
import java.util.List;

/**
 * Where closing a cycle reads its orders and stores what pooling decided. Volume is here (a line per
 * member and product): implementations read the orders in one pass and write the pools and allocations
 * in batches.
 */
public interface PoolingBook {

    /** A cycle to pool: the domain cycle with every order, and the pooling rule it was created with. */
    record CycleToPool(Cycle cycle, Pooling pooling) {
    }

    /** The OPEN cycles whose closing time is not after {@code now}, oldest first. */
    List<Long> dueAt(Instant now);

    /**
     * Moves the cycle from OPEN to CLOSED if it still is OPEN (and, when {@code onlyWhenDue}, past its
     * closing time), as the first statement of the caller's transaction; an order being saved holds a
     * shared lock on the row, so this waits for it and then sees it.
     *
     * @return whether this call closed it
     */
    boolean closeIfOpen(long cycleId, Instant at, String by, boolean onlyWhenDue);

    /** The cycle with all its orders, as stored. */
    CycleToPool forPooling(long cycleId);

    /** Stores the cases per product and each member line's allocation, and the audit line of the close. */
    void savePooling(long cycleId, PoolingResult result, Instant at, String actor, String auditAction, String auditDetail);
}
