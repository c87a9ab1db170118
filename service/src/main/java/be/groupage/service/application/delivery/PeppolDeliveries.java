package be.groupage.service.application.delivery;

import be.groupage.core.delivery.Delivery;
import be.groupage.core.delivery.DeliveryState;
import be.groupage.core.delivery.DocumentKind;
import be.groupage.core.delivery.IllegalDeliveryTransitionException;
import be.groupage.service.application.access.AuditTrail;
import be.groupage.service.application.access.CurrentAccount;
import be.groupage.service.application.access.Role;
import be.groupage.service.application.common.ConflictException;
import be.groupage.service.application.common.NotFoundException;
import be.groupage.service.application.port.delivery.DeliveryBook;
import be.groupage.service.application.port.delivery.PeppolGateway;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The Peppol delivery of issued documents: queueing what was stored, sending what is due, recording how each
 * exchange ended, and a person's resend. Each step is one short transaction of its own; the AS4 exchange itself runs
 * outside any (it takes seconds), on a delivery claimed for the gateway's lease so that no other instance sends it
 * meanwhile, and tried again once the lease ends if this instance stopped while sending.
 */
@ApplicationScoped
public class PeppolDeliveries {

    private static final Logger LOG = Logger.getLogger(PeppolDeliveries.class.getName());

    /** Documents queued, or deliveries claimed, per transaction. */
    static final int BATCH = 50;
    /** The most deliveries a list answers. */
    static final int LIST_MAX = 500;

    @Inject
    DeliveryBook book;

    @Inject
    PeppolGateway gateway;

    @Inject
    CurrentAccount caller;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    PeppolDeliveries self;

    /** Where delivery stands as a whole: whether an access point is configured, and which. */
    public record Status(boolean configured, String accessPoint) {
    }

    /** Gives every stored UBL document without a delivery its delivery; returns how many were queued. */
    public int queueIssued() {
        int queued = 0;
        while (true) {
            Batch batch = self.queueBatch();
            queued += batch.queued();
            if (batch.seen() < BATCH) {
                return queued;
            }
        }
    }

    /** One transaction of {@link #queueIssued()}: how many documents it saw and how many it queued. */
    public record Batch(int seen, int queued) {
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Batch queueBatch() {
        Instant at = clock.instant();
        List<DeliveryBook.Undelivered> documents = book.undelivered(BATCH);
        int added = 0;
        for (DeliveryBook.Undelivered document : documents) {
            if (book.add(document, Delivery.queue(document.kind(), document.number(), document.memberKbo(), at))) {
                added++;
            }
        }
        return new Batch(documents.size(), added);
    }

    /**
     * Sends the deliveries due now, one batch after another, and records each outcome; returns how many exchanges
     * were made. Sends nothing while no access point is configured (the deliveries stay queued, visibly).
     */
    public int sendDue() {
        if (!gateway.configured()) {
            return 0;
        }
        int sent = 0;
        while (true) {
            List<Delivery> claimed = self.claimDue();
            for (Delivery delivery : claimed) {
                send(delivery);
                sent++;
            }
            if (claimed.size() < BATCH) {
                return sent;
            }
        }
    }

    private void send(Delivery delivery) {
        PeppolGateway.Outcome outcome;
        try {
            byte[] ubl = self.ubl(delivery);
            outcome = gateway.send(new PeppolGateway.Outgoing(delivery.kind(), delivery.number(), delivery.recipient().orElseThrow(), ubl));
        } catch (RuntimeException e) {
            outcome = new PeppolGateway.Failure("Sending failed: " + e);
        }
        self.record(delivery, outcome);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Delivery> claimDue() {
        Instant at = clock.instant();
        List<Delivery> claimed = book.dueForUpdate(at, BATCH).stream().map(d -> d.attempt(at, gateway.lease())).toList();
        claimed.forEach(book::save);
        return claimed;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public byte[] ubl(Delivery delivery) {
        return book.ubl(delivery.kind(), delivery.number());
    }

    /** Records how the exchange of a claimed delivery ended, unless a person changed it meanwhile. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(Delivery claimed, PeppolGateway.Outcome outcome) {
        Instant at = clock.instant();
        Optional<Delivery> current = book.forUpdate(claimed.kind(), claimed.number());
        if (current.isEmpty() || current.get().attempts() != claimed.attempts() || current.get().state() != claimed.state()) {
            LOG.warning(() -> "The delivery of " + claimed.number() + " changed while it was being sent; its outcome " + outcome + " is not recorded");
            return;
        }
        Delivery delivery = current.get();
        Delivery next;
        if (outcome instanceof PeppolGateway.Receipt r) {
            next = delivery.delivered(r.messageId(), r.receiptId(), at);
        } else if (outcome instanceof PeppolGateway.NoReceipt n) {
            next = delivery.sentWithoutReceipt(n.messageId(), n.reason(), at, gateway.retrySchedule());
        } else if (outcome instanceof PeppolGateway.NotOnPeppol p) {
            next = delivery.notReachable(p.reason(), at);
        } else {
            next = delivery.failed(((PeppolGateway.Failure) outcome).reason(), at, gateway.retrySchedule());
        }
        book.save(next);
        LOG.info(() -> "Peppol delivery: " + next);
    }

    /** The deliveries, in one state or all (finance staff and the coordinator). */
    @Transactional
    public List<DeliveryBook.Listed> list(Optional<DeliveryState> state) {
        caller.requireRole(Role.FINANCE, Role.COORDINATOR);
        return book.list(state, LIST_MAX);
    }

    /** The delivery of one invoice or credit note (finance staff and the coordinator). */
    @Transactional
    public DeliveryBook.Listed ofDocument(String number) {
        caller.requireRole(Role.FINANCE, Role.COORDINATOR);
        return book.ofDocument(number).orElseThrow(() -> new NotFoundException("No delivery for the document " + number));
    }

    /** A person sends a failed delivery (or one to send by hand) again: queued, attempts from zero. */
    @Transactional
    public DeliveryBook.Listed resend(String number) {
        caller.requireRole(Role.FINANCE);
        DeliveryBook.Listed listed = book.ofDocument(number).orElseThrow(() -> new NotFoundException("No delivery for the document " + number));
        Delivery delivery = book.forUpdate(listed.delivery().kind(), number).orElseThrow();
        Delivery queued;
        try {
            queued = delivery.resend(clock.instant());
        } catch (IllegalDeliveryTransitionException e) {
            throw new ConflictException(e.getMessage());
        }
        book.save(queued);
        audit.record("PEPPOL_DELIVERY_RESENT", delivery.kind() == DocumentKind.INVOICE ? "invoice" : "credit_note",
                number, "was " + delivery.state() + delivery.reason().map(r -> ": " + r).orElse(""));
        return new DeliveryBook.Listed(queued, listed.memberCode(), listed.memberName());
    }

    /** Whether an access point is configured. */
    public Status status() {
        caller.requireRole(Role.FINANCE, Role.COORDINATOR);
        return new Status(gateway.configured(), gateway.description());
    }
}
