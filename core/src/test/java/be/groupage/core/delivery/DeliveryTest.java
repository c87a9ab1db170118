package be.groupage.core.delivery;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeliveryTest {

    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    private static final Duration LEASE = Duration.ofMinutes(5);
    private static final RetrySchedule SCHEDULE = new RetrySchedule(Duration.ofMinutes(1), 2, Duration.ofMinutes(10), 3);

    private static Delivery queued() {
        return Delivery.queue(DocumentKind.INVOICE, "2026-000001", "0203.201.340", T0);
    }

    @Test
    void anIssuedDocumentIsQueuedForTheMembersKboNumberAndDueAtOnce() {
        Delivery delivery = queued();

        assertThat(delivery.state()).isEqualTo(DeliveryState.QUEUED);
        assertThat(delivery.recipient()).contains(new ParticipantId("0208", "0203201340"));
        assertThat(delivery.isDue(T0)).isTrue();
        assertThat(delivery.attempts()).isZero();
    }

    @Test
    void aMemberWhoseKboNumberMakesNoParticipantIsSentByHandNotFailed() {
        Delivery delivery = Delivery.queue(DocumentKind.CREDIT_NOTE, "NC-2026-000001", "0203201341", T0);

        assertThat(delivery.state()).isEqualTo(DeliveryState.TO_SEND_BY_HAND);
        assertThat(delivery.recipient()).isEmpty();
        assertThat(delivery.reason()).get().asString().contains("KBO");
        assertThat(delivery.isDue(T0.plusSeconds(3600))).isFalse();
    }

    @Test
    void anAttemptCountsAndClaimsTheDeliveryForItsLease() {
        Delivery sending = queued().attempt(T0, LEASE);

        assertThat(sending.attempts()).isEqualTo(1);
        assertThat(sending.isDue(T0.plus(LEASE).minusMillis(1))).isFalse();
        assertThat(sending.isDue(T0.plus(LEASE))).as("the instance that claimed it stopped: tried again").isTrue();
        assertThatThrownBy(() -> sending.attempt(T0.plusSeconds(1), LEASE)).isInstanceOf(IllegalDeliveryTransitionException.class);
    }

    @Test
    void aReceiptDeliversItForGood() {
        Delivery delivered = queued().attempt(T0, LEASE).delivered("msg-1@groupage", "receipt-1", T0.plusSeconds(2));

        assertThat(delivered.state()).isEqualTo(DeliveryState.DELIVERED);
        assertThat(delivered.receiptId()).contains("receipt-1");
        assertThat(delivered.deliveredAt()).contains(T0.plusSeconds(2));
        assertThat(delivered.isDue(T0.plusSeconds(86_400))).isFalse();
        assertThatThrownBy(() -> delivered.resend(T0.plusSeconds(3))).isInstanceOf(IllegalDeliveryTransitionException.class);
    }

    @Test
    void failuresAreRetriedOnTheScheduleThenLeftToAPersonWhoResends() {
        Delivery first = queued().attempt(T0, LEASE).failed("Connection refused", T0, SCHEDULE);
        assertThat(first.state()).isEqualTo(DeliveryState.FAILED);
        assertThat(first.reason()).contains("Connection refused");
        assertThat(first.nextAttemptAt()).contains(T0.plus(Duration.ofMinutes(1)));
        assertThat(first.awaitsAPerson()).isFalse();

        Instant t1 = T0.plus(Duration.ofMinutes(1));
        Delivery second = first.attempt(t1, LEASE).failed("Connection refused", t1, SCHEDULE);
        assertThat(second.nextAttemptAt()).contains(t1.plus(Duration.ofMinutes(2)));

        Instant t2 = t1.plus(Duration.ofMinutes(2));
        Delivery third = second.attempt(t2, LEASE).failed("HTTP 503", t2, SCHEDULE);
        assertThat(third.attempts()).isEqualTo(3);
        assertThat(third.nextAttemptAt()).isEmpty();
        assertThat(third.awaitsAPerson()).isTrue();
        assertThat(third.isDue(t2.plusSeconds(86_400))).isFalse();

        Delivery resent = third.resend(t2.plusSeconds(60));
        assertThat(resent.state()).isEqualTo(DeliveryState.QUEUED);
        assertThat(resent.attempts()).isZero();
        assertThat(resent.reason()).isEmpty();
        assertThat(resent.isDue(t2.plusSeconds(60))).isTrue();
    }

    @Test
    void noReceiptIsSentAndRetriedThenFailed() {
        Delivery sent = queued().attempt(T0, LEASE).sentWithoutReceipt("msg-1", "no signal message", T0, SCHEDULE);
        assertThat(sent.state()).isEqualTo(DeliveryState.SENT);
        assertThat(sent.messageId()).contains("msg-1");
        assertThat(sent.isDue(T0.plus(Duration.ofMinutes(1)))).isTrue();

        Delivery last = sent;
        Instant at = T0;
        while (last.state() == DeliveryState.SENT) {
            at = last.nextAttemptAt().orElseThrow();
            last = last.attempt(at, LEASE).sentWithoutReceipt("msg", "no signal message", at, SCHEDULE);
        }
        assertThat(last.state()).isEqualTo(DeliveryState.FAILED);
        assertThat(last.attempts()).isEqualTo(SCHEDULE.maxAttempts());
        assertThat(last.reason()).get().asString().startsWith("No receipt after 3 attempt(s)");
    }

    @Test
    void aRecipientNotOnPeppolIsSentByHandAndCanBeQueuedAgainLater() {
        Delivery byHand = queued().attempt(T0, LEASE).notReachable("participant not found in the SMP", T0);

        assertThat(byHand.state()).isEqualTo(DeliveryState.TO_SEND_BY_HAND);
        assertThat(byHand.isDue(T0.plusSeconds(86_400))).isFalse();
        assertThat(byHand.resend(T0.plusSeconds(10)).state()).isEqualTo(DeliveryState.QUEUED);
    }

    @Test
    void queuedOrSentDeliveriesAreNotResentAndOutcomesNeedAnAttempt() {
        assertThatThrownBy(() -> queued().resend(T0)).isInstanceOf(IllegalDeliveryTransitionException.class)
                .hasMessageContaining("QUEUED");
        assertThatThrownBy(() -> queued().delivered("m", "r", T0)).isInstanceOf(IllegalDeliveryTransitionException.class);
        assertThatThrownBy(() -> queued().failed("x", T0, SCHEDULE)).isInstanceOf(IllegalDeliveryTransitionException.class);
    }

    @Test
    void aLongReasonIsCut() {
        Delivery failed = queued().attempt(T0, LEASE).failed("x".repeat(5000), T0, SCHEDULE);

        assertThat(failed.reason()).get().asString().hasSize(Delivery.REASON_MAX);
    }

    @Property
    void failingAlwaysEndsWithAPersonAfterExactlyMaxAttempts(@ForAll @IntRange(min = 1, max = 12) int maxAttempts) {
        RetrySchedule schedule = new RetrySchedule(Duration.ofSeconds(30), 3, Duration.ofHours(1), maxAttempts);
        Delivery delivery = queued();
        Instant at = T0;
        int rounds = 0;
        while (delivery.isDue(at)) {
            delivery = delivery.attempt(at, LEASE).failed("down", at, schedule);
            rounds++;
            at = delivery.nextAttemptAt().orElse(at);
        }
        assertThat(rounds).isEqualTo(maxAttempts);
        assertThat(delivery.awaitsAPerson()).isTrue();
    }
}
