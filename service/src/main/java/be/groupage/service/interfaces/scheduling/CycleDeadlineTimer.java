package be.groupage.service.interfaces.scheduling;

import be.groupage.service.application.cycles.CycleClosing;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Closes every OPEN cycle whose closing time has passed, every 10 seconds (a non-persistent timer in
 * each instance). Each cycle closes in its own transaction through {@link CycleClosing}, whose
 * conditional update makes it happen exactly once even when several instances run this timer.
 */
@Singleton
public class CycleDeadlineTimer {

    private static final Logger LOG = Logger.getLogger(CycleDeadlineTimer.class.getName());
    static final String ACTOR = "system";

    @Inject
    CycleClosing closing;

    @Schedule(second = "*/10", minute = "*", hour = "*", persistent = false, info = "close cycles at their deadline")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void closeDueCycles() {
        for (long id : closing.due()) {
            try {
                if (closing.closeIfOpen(id, ACTOR, true)) {
                    LOG.info(() -> "Cycle " + id + " closed at its deadline and pooled");
                }
            } catch (RuntimeException e) {
                // One cycle that cannot close must not keep the others open; the next tick tries again.
                LOG.log(Level.WARNING, "Cycle " + id + " could not be closed at its deadline", e);
            }
        }
    }
}
