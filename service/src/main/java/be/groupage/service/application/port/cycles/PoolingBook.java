package be.groupage.service.application.port.cycles;

import be.groupage.core.cycle.Cycle;
import be.groupage.core.pooling.MemberLines;
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

    /**
     * A cycle to pool: the domain cycle (its state and catalogue version; its orders are not loaded as objects), every
     * line of its orders as a batch of columns ready for {@link Pooling#pool(MemberLines)}, how many orders they come
     * from, and the pooling rule the cycle was created with.
     */
    record CycleToPool(Cycle cycle, Pooling pooling, MemberLines lines, int orderCount) {
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

    /** The cycle and the lines of all its orders, as stored. */
    CycleToPool forPooling(long cycleId);

    /** Stores the cases per product and each member line's allocation, and the audit line of the close. */
    void savePooling(long cycleId, PoolingResult result, Instant at, String actor, String auditAction, String auditDetail);
}
