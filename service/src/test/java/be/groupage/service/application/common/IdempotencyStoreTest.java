package be.groupage.service.application.common;

import be.groupage.service.application.access.Fakes;
import be.groupage.service.application.port.common.IdempotencyRecord;
import be.groupage.service.application.port.common.IdempotencyRecords;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IdempotencyStoreTest {

    /** Keeps records in a map; {@code raced} makes the next claim lose to another request. */
    private static final class Records implements IdempotencyRecords {
        final Map<String, IdempotencyRecord> byKey = new HashMap<>();
        boolean raced;

        @Override
        public Optional<IdempotencyRecord> byKey(String key) {
            return Optional.ofNullable(byKey.get(key));
        }

        @Override
        public boolean claim(String key, String requestHash, String requestLine, Instant at) {
            if (raced) {
                return false;
            }
            byKey.put(key, new IdempotencyRecord(requestHash, requestLine, Optional.empty()));
            return true;
        }

        @Override
        public void complete(String key, IdempotencyRecord.Answer answer) {
            IdempotencyRecord r = byKey.get(key);
            byKey.put(key, new IdempotencyRecord(r.requestHash(), r.requestLine(), Optional.of(answer)));
        }

        @Override
        public void release(String key) {
            byKey.remove(key);
        }
    }

    private final Records records = new Records();
    private final IdempotencyStore store = store(records);

    private static IdempotencyStore store(Records records) {
        IdempotencyStore store = new IdempotencyStore();
        store.records = records;
        store.clock = Fakes.CLOCK;
        return store;
    }

    @Test
    void theFirstRequestRunsAndARetryWithTheSameBodyGetsTheKeptAnswer() {
        assertThat(store.claim("k", "h1", "POST members").run()).isTrue();
        byte[] body = "{\"code\":\"X\"}".getBytes(StandardCharsets.UTF_8);
        store.complete("k", new IdempotencyStore.StoredAnswer(201, "application/json", "/api/members/X", body));

        IdempotencyStore.Claim retry = store.claim("k", "h1", "POST members");

        assertThat(retry.run()).isFalse();
        assertThat(retry.replay().status()).isEqualTo(201);
        assertThat(retry.replay().location()).isEqualTo("/api/members/X");
        assertThat(retry.replay().body()).isEqualTo(body);
    }

    @Test
    void theSameKeyWithAnotherBodyOrWhileTheFirstRunsIsAConflict() {
        store.claim("k", "h1", "POST members");

        assertThatThrownBy(() -> store.claim("k", "h1", "POST members")).isInstanceOf(ConflictException.class)
                .hasMessageContaining("being processed");
        assertThatThrownBy(() -> store.claim("k", "h2", "POST members")).isInstanceOf(ConflictException.class)
                .hasMessageContaining("different request");
    }

    @Test
    void aClaimLostToAConcurrentRequestIsAConflictAndAReleasedKeyRunsAgain() {
        records.raced = true;
        assertThatThrownBy(() -> store.claim("k", "h1", "POST members")).isInstanceOf(ConflictException.class);

        records.raced = false;
        store.claim("k", "h1", "POST members");
        store.release("k");
        assertThat(store.claim("k", "h1", "POST members").run()).isTrue();
    }
}
