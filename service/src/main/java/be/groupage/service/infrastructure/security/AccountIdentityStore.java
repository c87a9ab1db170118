package be.groupage.service.infrastructure.security;

import be.groupage.service.application.access.CurrentAccount;
import be.groupage.service.application.access.SignInCredential;
import be.groupage.service.application.access.SignInThrottledException;
import be.groupage.service.application.access.SignedInCaller;
import be.groupage.service.application.port.access.UserDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks a login and password against the stored accounts ({@link UserDirectory#credentials}, PBKDF2 hashes).
 *
 * <p>HTTP Basic sends the password with every request and PBKDF2 is slow on purpose, so a successful
 * check is remembered for a few minutes as a keyed SHA-256 of the password and the stored hash (the key
 * is random per process and never stored): a later request with the same password is accepted without
 * recomputing PBKDF2, a different one is checked in full, and a changed password (a new stored hash)
 * never matches what was remembered.
 *
 * <p>The account itself (role, member, enabled, hash) is read from the database at most once every
 * {@link #ACCOUNT_READ_EVERY} per login and kept in memory in between: each request otherwise paid a
 * round trip to MariaDB before its own work (9 s summed over the 50 clients of the 1,000-order load run).
 * So an account disabled, or a password changed, in the database is refused by every instance within
 * those seconds, and at once where {@link #forget} is called. A login that is not found is never kept
 * (a new account can sign in at once), and a wrong password is always checked against a fresh read.
 *
 * <p>Every attempt goes through {@link SignInThrottling} first (core's {@code SignInThrottle}): a login or
 * address with too many recent failures is refused before the account is read or a hash computed, so a
 * throttled guess costs the database and the CPU nothing; the outcome of every attempt checked is
 * counted, for an unknown login exactly as for an existing one.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    private static final Duration REMEMBER_FOR = Duration.ofMinutes(5);
    static final Duration ACCOUNT_READ_EVERY = Duration.ofSeconds(10);
    /** Accounts kept at most (a platform has tens or hundreds): past this many, all are forgotten at once. */
    private static final int ACCOUNTS_KEPT = 10_000;
    private static final byte[] PROCESS_KEY = new SecureRandom().generateSeed(32);

    private record Remembered(byte[] digest, Instant until) {
    }

    private record Read(UserDirectory.Credentials credentials, Instant until) {
    }

    private final Map<String, Remembered> verified = new ConcurrentHashMap<>();
    private final Map<String, Read> accounts = new ConcurrentHashMap<>();

    @Inject
    Clock clock;

    @Inject
    UserDirectory users;

    @Inject
    PasswordHashing hashing;

    @Inject
    SignInThrottling throttling;

    /**
     * Checks the credential, unless its login or address failed too often lately: then it is refused by
     * {@link SignInThrottledException} before any account is read or any hash computed.
     */
    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        String address = credential instanceof SignInCredential attempt ? attempt.address() : null;
        throttling.check(login.getCaller(), address);
        CredentialValidationResult result = checked(login);
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            throttling.succeeded(login.getCaller());
        } else {
            throttling.failed(login.getCaller(), address);
        }
        return result;
    }

    private CredentialValidationResult checked(UsernamePasswordCredential login) {
        Instant now = clock.instant();
        Read kept = accounts.get(login.getCaller());
        Optional<UserDirectory.Credentials> found = kept != null && kept.until().isAfter(now) ? Optional.of(kept.credentials())
                : read(login.getCaller(), now);
        if (found.isEmpty() || !found.get().user().enabled()) {
            // Spend the same PBKDF2 work as for a wrong password, so timing does not tell which logins exist.
            hashing.verify(login.getPasswordAsString(), decoyHash());
            return CredentialValidationResult.INVALID_RESULT;
        }
        UserDirectory.Credentials user = found.get();
        String password = login.getPasswordAsString();
        byte[] digest = digest(user.passwordHash(), password);
        Remembered remembered = verified.get(user.user().login());
        boolean valid = remembered != null && remembered.until().isAfter(now)
                && MessageDigest.isEqual(remembered.digest(), digest);
        if (!valid && kept != null && found.get() == kept.credentials()) {
            // Not the password remembered: check it against the account as stored now, not as kept.
            Optional<UserDirectory.Credentials> fresh = read(login.getCaller(), now);
            if (fresh.isEmpty() || !fresh.get().user().enabled()) {
                hashing.verify(password, decoyHash()); // as for any refused login: timing tells nothing
                return CredentialValidationResult.INVALID_RESULT;
            }
            user = fresh.get();
            digest = digest(user.passwordHash(), password);
            remembered = verified.get(user.user().login());
            valid = remembered != null && remembered.until().isAfter(now) && MessageDigest.isEqual(remembered.digest(), digest);
        }
        if (!valid) {
            valid = hashing.verify(password, user.passwordHash());
            if (valid) {
                verified.put(user.user().login(), new Remembered(digest, now.plus(REMEMBER_FOR)));
            }
        }
        // The account read here travels with the caller, so the request does not read it again.
        return valid ? new CredentialValidationResult(new SignedInCaller(CurrentAccount.account(user.user())), Set.of(user.user().role().name()))
                : CredentialValidationResult.INVALID_RESULT;
    }

    private volatile String decoy;

    private String decoyHash() {
        String hash = decoy;
        if (hash == null) {
            hash = hashing.hash(Long.toHexString(new SecureRandom().nextLong()));
            decoy = hash;
        }
        return hash;
    }

    /** The account as stored now, kept for {@link #ACCOUNT_READ_EVERY} when found; a missing one is not kept. */
    private Optional<UserDirectory.Credentials> read(String login, Instant now) {
        Optional<UserDirectory.Credentials> found = users.credentials(login);
        if (found.isPresent()) {
            if (accounts.size() >= ACCOUNTS_KEPT) {
                accounts.clear();
            }
            accounts.put(login, new Read(found.get(), now.plus(ACCOUNT_READ_EVERY)));
        } else {
            accounts.remove(login);
        }
        return found;
    }

    /** Forgets a remembered password and the account read, e.g. after either changed: the next request reads it again. */
    public void forget(String login) {
        verified.remove(login);
        accounts.remove(login);
    }

    private static byte[] digest(String storedHash, String password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(PROCESS_KEY);
            sha.update(storedHash.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            byte[] result = sha.digest(password.getBytes(StandardCharsets.UTF_8));
            return result;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
