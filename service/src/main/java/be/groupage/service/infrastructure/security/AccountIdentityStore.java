package be.groupage.service.infrastructure.security;

import be.groupage.service.application.CurrentAccount;
import be.groupage.service.application.SignedInCaller;
import be.groupage.service.application.port.UserDirectory;
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
 * check is remembered for a few minutes as a keyed SHA-256 of the password (the key is random per
 * process and never stored): a later request with the same password is accepted without recomputing
 * PBKDF2, a different one is checked in full. Changing or disabling an account forgets it at once.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    private static final Duration REMEMBER_FOR = Duration.ofMinutes(5);
    private static final byte[] PROCESS_KEY = new SecureRandom().generateSeed(32);

    private record Remembered(byte[] digest, Instant until) {
    }

    private final Map<String, Remembered> verified = new ConcurrentHashMap<>();

    @Inject
    UserDirectory users;

    @Inject
    PasswordHashing hashing;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        Optional<UserDirectory.Credentials> found = users.credentials(login.getCaller());
        if (found.isEmpty() || !found.get().user().enabled()) {
            // Spend the same PBKDF2 work as for a wrong password, so timing does not tell which logins exist.
            hashing.verify(login.getPasswordAsString(), decoyHash());
            return CredentialValidationResult.INVALID_RESULT;
        }
        UserDirectory.Credentials user = found.get();
        String password = login.getPasswordAsString();
        byte[] digest = digest(user.passwordHash(), password);
        Remembered remembered = verified.get(user.user().login());
        boolean valid = remembered != null && remembered.until().isAfter(Instant.now())
                && MessageDigest.isEqual(remembered.digest(), digest);
        if (!valid) {
            valid = hashing.verify(password, user.passwordHash());
            if (valid) {
                verified.put(user.user().login(), new Remembered(digest, Instant.now().plus(REMEMBER_FOR)));
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

    /** Forgets a remembered password, e.g. after it changed. */
    public void forget(String login) {
        verified.remove(login);
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
