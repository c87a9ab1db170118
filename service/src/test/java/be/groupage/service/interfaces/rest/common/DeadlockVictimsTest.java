package be.groupage.service.interfaces.rest.common;

import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeadlockVictimsTest {

    /** What the order book throws when MariaDB picks its INSERT as a deadlock's victim (error 1213, SQLState 40001). */
    private static RuntimeException deadlock() {
        return new IllegalStateException("Storing the order failed",
                new SQLTransactionRollbackException("Deadlock found when trying to get lock; try restarting transaction", "40001", 1213));
    }

    @Test
    void aDeadlockVictimIsRunAgainAndItsSecondAnswerReturned() {
        AtomicInteger runs = new AtomicInteger();

        String answer = DeadlockVictims.retried("test", () -> {
            if (runs.incrementAndGet() == 1) {
                throw deadlock();
            }
            return "stored";
        });

        assertThat(answer).isEqualTo("stored");
        assertThat(runs).hasValue(2);
    }

    @Test
    void aDeadlockFoundOnlyByItsErrorCodeDeepInTheChainCountsToo() {
        AtomicInteger runs = new AtomicInteger();
        RuntimeException wrapped = new RuntimeException("commit", new IllegalStateException(new SQLException("deadlock", "HY000", 1213)));

        DeadlockVictims.retried("test", () -> {
            if (runs.incrementAndGet() == 1) {
                throw wrapped;
            }
            return 1;
        });

        assertThat(runs).hasValue(2);
    }

    @Test
    void afterThreeTriesTheLastDeadlockIsThrown() {
        AtomicInteger runs = new AtomicInteger();

        assertThatThrownBy(() -> DeadlockVictims.retried("test", () -> {
            runs.incrementAndGet();
            throw deadlock();
        })).hasRootCauseInstanceOf(SQLTransactionRollbackException.class);
        assertThat(runs).hasValue(DeadlockVictims.TRIES);
    }

    @Test
    void anyOtherFailureIsThrownAtOnce() {
        AtomicInteger runs = new AtomicInteger();
        RuntimeException refused = new IllegalStateException("refused", new SQLException("duplicate", "23000", 1062));

        assertThatThrownBy(() -> DeadlockVictims.retried("test", () -> {
            runs.incrementAndGet();
            throw refused;
        })).isSameAs(refused);
        assertThat(runs).hasValue(1);
    }
}
