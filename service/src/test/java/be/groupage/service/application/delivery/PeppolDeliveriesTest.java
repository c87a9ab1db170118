package be.groupage.service.application.delivery;

import be.groupage.core.delivery.Delivery;
import be.groupage.core.delivery.DeliveryState;
import be.groupage.core.delivery.DocumentKind;
import be.groupage.core.delivery.RetrySchedule;
import be.groupage.service.application.access.Fakes;
import be.groupage.service.application.access.ForbiddenException;
import be.groupage.service.application.access.Role;
import be.groupage.service.application.common.ConflictException;
import be.groupage.service.application.common.NotFoundException;
import be.groupage.service.application.port.delivery.DeliveryBook;
import be.groupage.service.application.port.delivery.PeppolGateway;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The use cases of delivery over an in-memory book and a scripted network: what each outcome leaves, what a person may do. */
class PeppolDeliveriesTest {

    private static final RetrySchedule SCHEDULE = new RetrySchedule(Duration.ofMinutes(1), 2, Duration.ofMinutes(10), 2);

    private final MovingClock clock = new MovingClock(Instant.parse("2026-03-02T09:30:00Z"));
    private final InMemoryBook book = new InMemoryBook();
    private final ScriptedNetwork network = new ScriptedNetwork();
    private final List<String> audit = new ArrayList<>();
    private final Fakes.Users users = new Fakes.Users()
            .with("finance", Role.FINANCE, Optional.empty())
            .with("coordinator", Role.COORDINATOR, Optional.empty());

    private PeppolDeliveries as(String login) {
        PeppolDeliveries service = new PeppolDeliveries();
        service.book = book;
        service.gateway = network;
        service.clock = clock;
        service.caller = Fakes.signedIn(login, users);
        service.audit = Fakes.audit(service.caller, audit);
        service.self = service;
        return service;
    }

    private PeppolDeliveries timer() {
        return as("finance");
    }

    @Test
    void everyStoredUblIsQueuedOnceAndAMemberWithoutAParticipantIdentifierIsSentByHand() {
        book.store(1, DocumentKind.INVOICE, "2026-000001", "0207.000.176");
        book.store(2, DocumentKind.INVOICE, "2026-000002", "0207000177");

        assertThat(timer().queueIssued()).isEqualTo(2);
        assertThat(timer().queueIssued()).isZero();

        assertThat(book.delivery("2026-000001").state()).isEqualTo(DeliveryState.QUEUED);
        assertThat(book.delivery("2026-000001").recipient().orElseThrow().text()).isEqualTo("0208:0207000176");
        assertThat(book.delivery("2026-000002").state()).isEqualTo(DeliveryState.TO_SEND_BY_HAND);
    }

    @Test
    void withoutAnAccessPointNothingIsSentAndDeliveriesStayQueued() {
        network.configured = false;
        book.store(1, DocumentKind.INVOICE, "2026-000001", "0207000176");
        timer().queueIssued();

        assertThat(timer().sendDue()).isZero();
        assertThat(network.sent).isEmpty();
        assertThat(book.delivery("2026-000001").state()).isEqualTo(DeliveryState.QUEUED);
    }

    @Test
    void theStoredUblIsSentAndItsReceiptDeliversIt() {
        book.store(1, DocumentKind.INVOICE, "2026-000001", "0207000176");
        timer().queueIssued();
        network.answers.add(new PeppolGateway.Receipt("m-1@groupage", "r-1"));

        assertThat(timer().sendDue()).isEqualTo(1);

        assertThat(new String(network.sent.get(0).ubl(), StandardCharsets.UTF_8)).isEqualTo("<Invoice>2026-000001</Invoice>");
        Delivery delivered = book.delivery("2026-000001");
        assertThat(delivered.state()).isEqualTo(DeliveryState.DELIVERED);
        assertThat(delivered.receiptId()).contains("r-1");
        assertThat(timer().sendDue()).as("nothing more is due").isZero();
    }

    @Test
    void aFailureIsRetriedOnTheScheduleThenLeftToFinanceWhoResendsIt() {
        book.store(1, DocumentKind.CREDIT_NOTE, "NC-2026-000001", "0207000176");
        timer().queueIssued();
        network.answers.add(new PeppolGateway.Failure("TRANSPORT_ERROR: connection refused"));
        network.answers.add(new PeppolGateway.Failure("TRANSPORT_ERROR: connection refused"));

        timer().sendDue();
        Delivery first = book.delivery("NC-2026-000001");
        assertThat(first.state()).isEqualTo(DeliveryState.FAILED);
        assertThat(first.nextAttemptAt()).contains(clock.instant().plus(Duration.ofMinutes(1)));
        assertThat(timer().sendDue()).as("not due before its next attempt").isZero();

        clock.advance(Duration.ofMinutes(1));
        assertThat(timer().sendDue()).isEqualTo(1);
        assertThat(book.delivery("NC-2026-000001").awaitsAPerson()).isTrue();

        assertThatThrownBy(() -> as("coordinator").resend("NC-2026-000001")).isInstanceOf(ForbiddenException.class);
        DeliveryBook.Listed resent = as("finance").resend("NC-2026-000001");
        assertThat(resent.delivery().state()).isEqualTo(DeliveryState.QUEUED);
        assertThat(audit).containsExactly("finance PEPPOL_DELIVERY_RESENT credit_note NC-2026-000001");

        network.answers.add(new PeppolGateway.Receipt("m-3", "r-3"));
        assertThat(timer().sendDue()).isEqualTo(1);
        assertThat(book.delivery("NC-2026-000001").state()).isEqualTo(DeliveryState.DELIVERED);
        assertThatThrownBy(() -> as("finance").resend("NC-2026-000001")).isInstanceOf(ConflictException.class).hasMessageContaining("DELIVERED");
        assertThatThrownBy(() -> as("finance").resend("2099-000001")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aRecipientNotOnPeppolIsSentByHandAndAnExceptionWhileSendingIsAFailure() {
        book.store(1, DocumentKind.INVOICE, "2026-000001", "0207000176");
        book.store(2, DocumentKind.INVOICE, "2026-000002", "0207000176");
        timer().queueIssued();
        network.answers.add(new PeppolGateway.NotOnPeppol("participant not found in the SML"));

        timer().sendDue();

        assertThat(book.delivery("2026-000001").state()).isEqualTo(DeliveryState.TO_SEND_BY_HAND);
        assertThat(book.delivery("2026-000002").state()).isEqualTo(DeliveryState.FAILED);
        assertThat(book.delivery("2026-000002").reason()).get().asString().contains("network down");
    }

    @Test
    void anOutcomeIsNotRecordedOverAChangeMadeWhileSending() {
        book.store(1, DocumentKind.INVOICE, "2026-000001", "0207000176");
        timer().queueIssued();
        List<Delivery> claimed = timer().claimDue();
        book.save(claimed.get(0).failed("claimed elsewhere", clock.instant(), SCHEDULE));

        timer().record(claimed.get(0), new PeppolGateway.Receipt("m", "r"));

        assertThat(book.delivery("2026-000001").state()).isEqualTo(DeliveryState.FAILED);
    }

    /** A clock the test moves. */
    private static final class MovingClock extends Clock {
        private Instant now;

        MovingClock(Instant start) {
            now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    /** The network as the test scripts it: each send takes the next answer; with none left the adapter throws. */
    private static final class ScriptedNetwork implements PeppolGateway {
        boolean configured = true;
        final Deque<Outcome> answers = new ArrayDeque<>();
        final List<Outgoing> sent = new ArrayList<>();

        @Override
        public boolean configured() {
            return configured;
        }

        @Override
        public String description() {
            return "scripted";
        }

        @Override
        public RetrySchedule retrySchedule() {
            return SCHEDULE;
        }

        @Override
        public Duration lease() {
            return Duration.ofMinutes(5);
        }

        @Override
        public Outcome send(Outgoing document) {
            sent.add(document);
            Outcome answer = answers.poll();
            if (answer == null) {
                throw new IllegalStateException("network down");
            }
            return answer;
        }
    }

    /** The stored documents and their deliveries, in memory. */
    private static final class InMemoryBook implements DeliveryBook {
        private final Map<Long, Undelivered> documents = new LinkedHashMap<>();
        private final Map<String, Delivery> deliveries = new LinkedHashMap<>();
        private final Map<String, Long> documentOf = new LinkedHashMap<>();

        void store(long id, DocumentKind kind, String number, String kbo) {
            documents.put(id, new Undelivered(id, kind, number, id, kbo));
        }

        Delivery delivery(String number) {
            return deliveries.get(number);
        }

        @Override
        public List<Undelivered> undelivered(int max) {
            return documents.values().stream().filter(d -> !documentOf.containsValue(d.documentId())).limit(max).toList();
        }

        @Override
        public boolean add(Undelivered document, Delivery delivery) {
            if (documentOf.containsValue(document.documentId())) {
                return false;
            }
            documentOf.put(delivery.number(), document.documentId());
            deliveries.put(delivery.number(), delivery);
            return true;
        }

        @Override
        public List<Delivery> dueForUpdate(Instant at, int max) {
            return deliveries.values().stream().filter(d -> d.isDue(at)).sorted(Comparator.comparing(d -> d.nextAttemptAt().orElseThrow()))
                    .limit(max).toList();
        }

        @Override
        public Optional<Delivery> forUpdate(DocumentKind kind, String number) {
            return Optional.ofNullable(deliveries.get(number)).filter(d -> d.kind() == kind);
        }

        @Override
        public void save(Delivery delivery) {
            deliveries.put(delivery.number(), delivery);
        }

        @Override
        public List<Listed> list(Optional<DeliveryState> state, int max) {
            return deliveries.values().stream().filter(d -> state.map(s -> d.state() == s).orElse(true))
                    .map(d -> new Listed(d, "CPAS-NAMUR", "CPAS de Namur")).limit(max).toList();
        }

        @Override
        public Optional<Listed> ofDocument(String number) {
            return Optional.ofNullable(deliveries.get(number)).map(d -> new Listed(d, "CPAS-NAMUR", "CPAS de Namur"));
        }

        @Override
        public byte[] ubl(DocumentKind kind, String number) {
            return ("<Invoice>" + number + "</Invoice>").getBytes(StandardCharsets.UTF_8);
        }
    }
}
