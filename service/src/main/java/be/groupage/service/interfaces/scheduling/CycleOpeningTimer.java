package be.groupage.service.interfaces.scheduling;

import be.groupage.service.application.cycles.CycleOpening;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Opens every DRAFT cycle whose opening time has come, every 10 seconds (a non-persistent timer in each
 * instance), as {@link CycleDeadlineTimer} closes them. Each cycle opens in its own transaction through
 * {@link CycleOpening}, whose row lock makes it happen exactly once even when several instances run this timer.
 */
@Singleton
public class CycleOpeningTimer {

    private static final Logger LOG = Logger.getLogger(CycleOpeningTimer.class.getName());

    @Inject
    CycleOpening opening;

    @Schedule(second = "*/10", minute = "*", hour = "*", persistent = false, info = "open cycles at their opening time")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void openDueCycles() {
        for (long id : opening.due()) {
            try {
                if (opening.openIfDue(id, CycleDeadlineTimer.ACTOR)) {
                    LOG.info(() -> "Cycle " + id + " opened at its opening time");
                }
            } catch (RuntimeException e) {
                // One cycle that cannot open must not keep the others closed; the next tick tries again.
                LOG.log(Level.WARNING, "Cycle " + id + " could not be opened at its opening time", e);
            }
        }
    }
}
