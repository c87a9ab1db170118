package be.groupage.service.interfaces.scheduling;

import be.groupage.service.application.delivery.PeppolDeliveries;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every {@code groupage.peppol.poll-seconds} (30): gives each newly stored UBL its Peppol delivery, then sends the
 * deliveries that are due (first attempts, retries on the schedule, those a person resent). The stored documents are
 * the outbox, so a document stored while the service was down, or by another instance, is found at the next tick;
 * one tick at a time per instance, and instances share the work through row locks.
 */
@Singleton
@Startup
public class PeppolDeliveryTimer {

    private static final Logger LOG = Logger.getLogger(PeppolDeliveryTimer.class.getName());

    @Inject
    PeppolDeliveries deliveries;

    @Inject
    @ConfigProperty(name = "groupage.peppol.poll-seconds", defaultValue = "30")
    long pollSeconds;

    @Resource
    TimerService timers;

    @PostConstruct
    void schedule() {
        long interval = Math.max(1, pollSeconds) * 1000;
        timers.createIntervalTimer(3_000, interval, new TimerConfig("deliver issued documents over Peppol", false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void deliver() {
        try {
            int queued = deliveries.queueIssued();
            if (queued > 0) {
                LOG.info(() -> queued + " document(s) queued for Peppol delivery");
            }
            deliveries.sendDue();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Peppol delivery failed; trying again at the next tick", e);
        }
    }
}
