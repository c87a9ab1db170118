package be.groupage.service.interfaces.scheduling;

import be.groupage.service.application.invoicing.DocumentFiling;
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

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * At start-up, completes the invoices that were numbered but whose PDF and UBL were not stored (the
 * service stopped between the two steps of issuing): they are rendered and stored as they would have
 * been, so the series keeps no gap and no invoice is without its documents. Runs shortly after the
 * deployment (not during it): what was issued before this instance started; then every minute, what was
 * issued more than two minutes ago, in case another instance died while this one ran.
 */
@Singleton
@Startup
public class DocumentRecovery {

    private static final Logger LOG = Logger.getLogger(DocumentRecovery.class.getName());

    /** Invoices issued this long ago without documents are left over; younger ones may be rendering on another instance. */
    static final Duration LEFT_OVER = Duration.ofMinutes(2);

    @Inject
    DocumentFiling filing;

    @Inject
    Clock clock;

    /** When this instance started: whatever was issued before and has no documents is left over. */
    private Instant startedAt;

    @Resource
    TimerService timers;

    @PostConstruct
    void schedule() {
        startedAt = clock.instant();
        timers.createIntervalTimer(2_000, 60_000, new TimerConfig("recover invoice documents", false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void recover() {
        try {
            Instant leftOverBefore = clock.instant().minus(LEFT_OVER);
            int done = filing.recover(leftOverBefore.isAfter(startedAt) ? leftOverBefore : startedAt);
            if (done > 0) {
                LOG.info(() -> "Stored the documents of " + done + " invoice(s) left unrendered by an earlier stop");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Recovering invoice documents failed; trying again in a minute", e);
        }
    }
}
