package be.groupage.service.interfaces.rest.common;

import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs a use case again when the database chose its transaction as a deadlock's victim. MariaDB rolls such a
 * transaction back whole, so nothing of it remains and running it again is what the caller asked for; it is not a
 * conflict with anyone's change, and answering 409 "someone changed this" would be untrue. Two buyers saving orders
 * that lie side by side in {@code order_line}'s key can deadlock on the gap between them (InnoDB's next-key locks
 * under REPEATABLE READ): seen once in 1,000 paced edits of 333-line orders.
 *
 * <p>At most {@value #TRIES} tries in all; a use case that fails otherwise, or a third time, fails as it would have.
 * Only for use cases that are one transaction and do nothing outside it.
 */
public final class DeadlockVictims {

    /** Tries in all, the first included. */
    public static final int TRIES = 3;

    private static final Logger LOG = Logger.getLogger(DeadlockVictims.class.getName());

    private DeadlockVictims() {
    }

    /** What {@code useCase} returns, after running it again (up to {@value #TRIES} tries) while it is a deadlock's victim. */
    public static <T> T retried(String what, Supplier<T> useCase) {
        for (int attempt = 1; ; attempt++) {
            try {
                return useCase.get();
            } catch (RuntimeException e) {
                if (attempt >= TRIES || !ProblemMappers.deadlockVictim(e)) {
                    throw e;
                }
                int next = attempt + 1;
                LOG.log(Level.INFO, () -> what + ": chosen as a deadlock's victim and rolled back by the database, run again (try "
                        + next + " of " + TRIES + ")");
            }
        }
    }
}
