package be.groupage.service.application.cycles;

import be.groupage.core.pooling.CyclePooling;
import be.groupage.core.pooling.PoolingResult;
import be.groupage.core.pooling.ProductPool;
import be.groupage.service.application.port.cycles.PoolingBook;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * Closes a cycle for orders and stores what pooling decides ({@code core}'s {@code Pooling}, fed the orders' lines
 * as columns built by {@link CyclePooling#lines}: whole cases per product and each member line's allocation). Used
 * by the coordinator's close and by the deadline timer.
 *
 * <p>Exactly once, even with several instances: the state changes through a conditional update that is
 * the first statement of the transaction ({@link PoolingBook#closeIfOpen}). Only the transaction that
 * changed the row pools; a concurrent one waits for the row lock, then finds it CLOSED and does nothing.
 */
@ApplicationScoped
public class CycleClosing {

    private static final Logger LOG = Logger.getLogger(CycleClosing.class.getName());

    @Inject
    PoolingBook book;

    @Inject
    Clock clock;

    /** The OPEN cycles whose closing time has passed, oldest first. */
    @Transactional
    public List<Long> due() {
        return book.dueAt(clock.instant());
    }

    /**
     * Closes the cycle if it is still OPEN (and, when {@code onlyWhenDue}, past its closing time).
     *
     * @return whether this call closed it; false when it was not OPEN (any more)
     */
    @Transactional
    public boolean closeIfOpen(long cycleId, String actor, boolean onlyWhenDue) {
        Instant now = clock.instant();
        if (!book.closeIfOpen(cycleId, now, actor, onlyWhenDue)) {
            return false;
        }
        long start = System.nanoTime();
        PoolingBook.CycleToPool toPool = book.forPooling(cycleId);
        long readAt = System.nanoTime();
        PoolingResult result = toPool.pooling().pool(toPool.lines());
        long pooledAt = System.nanoTime();
        book.savePooling(cycleId, result, now, actor, onlyWhenDue ? "CYCLE_CLOSED_AT_DEADLINE" : "CYCLE_CLOSED",
                "OPEN -> CLOSED; " + toPool.orderCount() + " order(s), " + result.pools().size() + " product(s) pooled, "
                        + result.pools().stream().mapToLong(ProductPool::cases).sum() + " case(s)");
        long savedAt = System.nanoTime();
        LOG.info(() -> "Cycle " + cycleId + " closed: orders read in " + (readAt - start) / 1_000_000 + " ms, pooled in "
                + (pooledAt - readAt) / 1_000_000 + " ms, pools and allocations stored in " + (savedAt - pooledAt) / 1_000_000 + " ms");
        return true;
    }
}
