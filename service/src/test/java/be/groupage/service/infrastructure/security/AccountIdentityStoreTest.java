package be.groupage.service.infrastructure.security;

import be.groupage.core.access.SignInThrottle;
import be.groupage.service.application.access.Role;
import be.groupage.service.application.access.SignInCredential;
import be.groupage.service.application.access.SignInThrottledException;
import be.groupage.service.application.port.access.UserDetails;
import be.groupage.service.application.port.access.UserDirectory;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * What the identity store reads, hashes and accepts, on a directory that counts its reads and a hash that counts its checks;
 * and what it refuses before reading or hashing anything, once a login failed too often.
 */
class AccountIdentityStoreTest {

    private static final Instant START = Instant.parse("2026-12-04T10:00:00Z");
    private static final String ADDRESS = "192.0.2.7";

    private final Map<String, UserDirectory.Credentials> stored = new HashMap<>();
    private int reads;
    private int pbkdf2;
    private final List<SignInThrottle.Lock> audited = new ArrayList<>();
    private Instant now = START;
    private AccountIdentityStore store;

    @BeforeEach
    void setUp() {
        store = new AccountIdentityStore();
        store.users = new Directory();
        store.hashing = new PasswordHashing() {
            @Override
            public String hash(String password) {
                return "h:" + password;
            }

            @Override
            public boolean verify(String password, String storedHash) {
                pbkdf2++;
                return storedHash.equals("h:" + password);
            }
        };
        store.clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        };
        store.throttling = SignInThrottling.of(SignInThrottle.of(SignInThrottle.Limits.forLogins(), SignInThrottle.Limits.forAddresses(),
                store.clock), new SignInLockAudit() {
            @Override
            public void record(SignInThrottle.Lock lock) {
                audited.add(lock);
            }
        });
        account("coord", "secret", true);
    }

    @Test
    void theAccountIsReadOnceWithinTheSecondsItIsKept_andThePasswordHashedOnce() {
        for (int i = 0; i < 20; i++) {
            assertThat(validate("coord", "secret").getStatus()).isEqualTo(CredentialValidationResult.Status.VALID);
            now = now.plusMillis(400);
        }
        assertThat(reads).isEqualTo(1);
        assertThat(pbkdf2).isEqualTo(1);

        now = START.plus(AccountIdentityStore.ACCOUNT_READ_EVERY).plusMillis(1);
        assertThat(validate("coord", "secret").getStatus()).isEqualTo(CredentialValidationResult.Status.VALID);
        assertThat(reads).as("read again once the kept account is stale").isEqualTo(2);
        assertThat(pbkdf2).as("the password is still the one remembered").isEqualTo(1);
    }

    @Test
    void anAccountDisabledInTheDatabaseIsRefusedOnceTheKeptOneIsStale_andAtOnceAfterForget() {
        assertThat(validate("coord", "secret").getStatus()).isEqualTo(CredentialValidationResult.Status.VALID);
        account("coord", "secret", false);

        now = now.plus(AccountIdentityStore.ACCOUNT_READ_EVERY).plusMillis(1);
        assertThat(validate("coord", "secret").getStatus()).isEqualTo(CredentialValidationResult.Status.INVALID);

        account("coord", "secret", true);
        now = now.plus(AccountIdentityStore.ACCOUNT_READ_EVERY).plusMillis(1);
        assertThat(validate("coord", "secret").getStatus()).as("enabled again").isEqualTo(CredentialValidationResult.Status.VALID);
        account("coord", "secret", false);
        store.forget("coord");
        assertThat(validate("coord", "secret").getStatus()).isEqualTo(CredentialValidationResult.Status.INVALID);
    }

    @Test
    void aPasswordChangedInTheDatabaseIsCheckedAgainstTheFreshAccount() {
        assertThat(validate("coord", "secret").getStatus()).isEqualTo(CredentialValidationResult.Status.VALID);
        account("coord", "new password", true);

        assertThat(validate("coord", "new password").getStatus()).as("the kept account has the old hash: read again")
                .isEqualTo(CredentialValidationResult.Status.VALID);
        now = now.plus(AccountIdentityStore.ACCOUNT_READ_EVERY).plusMillis(1);
        assertThat(validate("coord", "secret").getStatus()).isEqualTo(CredentialValidationResult.Status.INVALID);
    }

    @Test
    void aWrongPasswordIsAlwaysCheckedInFull_andAMissingLoginNeverKept() {
        assertThat(validate("coord", "secret").getStatus()).isEqualTo(CredentialValidationResult.Status.VALID);
        int before = pbkdf2;
        assertThat(validate("coord", "guess").getStatus()).isEqualTo(CredentialValidationResult.Status.INVALID);
        assertThat(validate("coord", "guess").getStatus()).isEqualTo(CredentialValidationResult.Status.INVALID);
        assertThat(pbkdf2 - before).isEqualTo(2);

        assertThat(validate("newcomer", "pw").getStatus()).isEqualTo(CredentialValidationResult.Status.INVALID);
        account("newcomer", "pw", true);
        assertThat(validate("newcomer", "pw").getStatus()).as("created a moment later: signs in at once")
                .isEqualTo(CredentialValidationResult.Status.VALID);
    }

    @Test
    void aThrottledAttemptReadsNoAccountAndComputesNoHash_evenWithTheRightPassword() {
        for (int i = 0; i < 5; i++) {
            assertThat(validate("coord", "guess " + i, ADDRESS).getStatus()).isEqualTo(CredentialValidationResult.Status.INVALID);
        }
        int readsBefore = reads;
        int pbkdf2Before = pbkdf2;

        assertThatThrownBy(() -> validate("coord", "secret", ADDRESS)).isInstanceOfSatisfying(SignInThrottledException.class,
                throttled -> assertThat(throttled.retryAfterSeconds()).isEqualTo(1));
        assertThatThrownBy(() -> validate("coord", "guess", "198.51.100.9")).as("the login is throttled from any address")
                .isInstanceOf(SignInThrottledException.class);
        assertThat(reads).isEqualTo(readsBefore);
        assertThat(pbkdf2).isEqualTo(pbkdf2Before);

        now = now.plusSeconds(1);
        assertThat(validate("coord", "secret", ADDRESS).getStatus()).as("once the second has passed").isEqualTo(CredentialValidationResult.Status.VALID);
        assertThat(validate("coord", "guess", ADDRESS).getStatus()).as("the success reset the login's count")
                .isEqualTo(CredentialValidationResult.Status.INVALID);
        assertThat(validate("coord", "secret", ADDRESS).getStatus()).isEqualTo(CredentialValidationResult.Status.VALID);
    }

    @Test
    void anUnknownLoginIsThrottledLikeAnExistingOne_andEachLockAuditedOnce() {
        List<String> known = attemptsUntilLocked("coord");
        List<String> unknown = attemptsUntilLocked("nobody-here");
        assertThat(unknown).isEqualTo(known).hasSize(16).endsWith("INVALID", "refused 900 s");
        assertThat(audited).extracting(SignInThrottle.Lock::kind, SignInThrottle.Lock::key, SignInThrottle.Lock::failures).containsExactly(
                tuple(SignInThrottle.Kind.LOGIN, "coord", 10), tuple(SignInThrottle.Kind.LOGIN, "nobody-here", 10));

        int readsBefore = reads;
        int pbkdf2Before = pbkdf2;
        for (int i = 0; i < 50; i++) {
            assertThatThrownBy(() -> validate("coord", "secret", ADDRESS)).isInstanceOf(SignInThrottledException.class);
        }
        assertThat(reads - readsBefore).isZero();
        assertThat(pbkdf2 - pbkdf2Before).isZero();
        assertThat(audited).as("one line per lock, not per refused attempt").hasSize(2);
    }

    /** Ten wrong passwords, each as soon as allowed, then one more: what each attempt got. */
    private List<String> attemptsUntilLocked(String login) {
        List<String> outcomes = new ArrayList<>();
        int failures = 0;
        while (outcomes.isEmpty() || !outcomes.get(outcomes.size() - 1).equals("refused 900 s")) {
            try {
                outcomes.add(validate(login, "guess", "203.0.113." + failures).getStatus().name());
                failures++;
            } catch (SignInThrottledException throttled) {
                outcomes.add("refused " + throttled.retryAfterSeconds() + " s");
                now = now.plus(failures < 10 ? throttled.retryAfter() : Duration.ZERO);
            }
        }
        return outcomes;
    }

    private CredentialValidationResult validate(String login, String password, String address) {
        return store.validate(new SignInCredential(login, password, address));
    }

    private CredentialValidationResult validate(String login, String password) {
        return store.validate(new UsernamePasswordCredential(login, password));
    }

    private void account(String login, String password, boolean enabled) {
        stored.put(login, new UserDirectory.Credentials(new UserDetails(login, Role.COORDINATOR, Optional.empty(), Optional.empty(), enabled,
                START), "h:" + password));
    }

    private final class Directory implements UserDirectory {
        @Override
        public boolean exists(String login) {
            return stored.containsKey(login);
        }

        @Override
        public UserDetails create(String login, String passwordHash, Role role, Optional<String> memberCode, Optional<String> supplierCode,
                                  Instant createdAt) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<UserDetails> byLogin(String login) {
            return Optional.ofNullable(stored.get(login)).map(UserDirectory.Credentials::user);
        }

        @Override
        public Optional<Credentials> credentials(String login) {
            reads++;
            return Optional.ofNullable(stored.get(login));
        }

        @Override
        public List<UserDetails> all() {
            return stored.values().stream().map(UserDirectory.Credentials::user).toList();
        }
    }
}
