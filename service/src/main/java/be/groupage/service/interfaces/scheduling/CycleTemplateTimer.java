package be.groupage.service.interfaces.scheduling;

import be.groupage.service.application.cycles.CycleTemplates;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the next cycles of every running template created ahead of time, every 30 seconds (a non-persistent timer
 * in each instance). Each template is topped up in its own transaction through {@link CycleTemplates}, whose claim
 * of each occurrence's key creates every cycle once even when several instances run this timer.
 */
@Singleton
public class CycleTemplateTimer {

    private static final Logger LOG = Logger.getLogger(CycleTemplateTimer.class.getName());

    @Inject
    CycleTemplates templates;

    @Schedule(second = "*/30", minute = "*", hour = "*", persistent = false, info = "create the next cycles of recurring cycles")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void createNextCycles() {
        for (long id : templates.running()) {
            try {
                int created = templates.createAhead(id, CycleDeadlineTimer.ACTOR);
                if (created > 0) {
                    LOG.info(() -> created + " cycle(s) of template " + id + " created ahead of time");
                }
            } catch (RuntimeException e) {
                // One template that fails must not keep the others from their next cycles; the next tick tries again.
                LOG.log(Level.WARNING, "The next cycles of template " + id + " could not be created", e);
            }
        }
    }
}
