package be.groupage.service.infrastructure.persistence.schema;

import be.groupage.service.application.port.common.TakenKeyException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Writes a new row now rather than at commit, so that a unique key another transaction took in the
 * meantime is refused inside the use case ({@link TakenKeyException}) instead of failing the commit.
 */
public final class UniqueKeys {

    private UniqueKeys() {
    }

    /** Flushes the persistence context; an integrity-constraint violation becomes a {@link TakenKeyException} on {@code key}. */
    public static void flush(EntityManager em, String key) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (violatesIntegrity(e)) {
                throw new TakenKeyException(key, e);
            }
            throw e;
        }
    }

    /** Whether a SQL integrity-constraint violation (SQLState class 23) is anywhere in the cause chain. */
    static boolean violatesIntegrity(Throwable thrown) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = thrown; t != null && seen.add(t); t = t.getCause()) {
            if (t instanceof SQLIntegrityConstraintViolationException
                    || t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }
}
