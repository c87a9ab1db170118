package be.groupage.service.infrastructure.security;

import be.groupage.service.application.Role;
import be.groupage.service.application.port.UserDetails;
import be.groupage.service.application.port.UserDirectory;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** What the identity store reads, hashes and accepts, on a directory that counts its reads and a hash that counts its checks. */
class AccountIdentityStoreTest {

    private static final Instant START = Instant.parse("2026-12-04T10:00:00Z");

    private final Map<String, UserDirectory.Credentials> stored = new HashMap<>();
    private int reads;
    private int pbkdf2;
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
