package be.groupage.service.infrastructure.security;

import be.groupage.service.application.port.access.PasswordHasher;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

import java.util.Map;

/** PBKDF2-HMAC-SHA256 password hashes (Jakarta Security's {@link Pbkdf2PasswordHash}), salted per password. */
@ApplicationScoped
public class PasswordHashing implements PasswordHasher {

    static final Map<String, String> PARAMETERS = Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
            "Pbkdf2PasswordHash.Iterations", "210000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "32");

    @Inject
    Pbkdf2PasswordHash hash;

    @PostConstruct
    void configure() {
        hash.initialize(PARAMETERS);
    }

    @Override
    public String hash(String password) {
        return hash.generate(password.toCharArray());
    }

    @Override
    public boolean verify(String password, String storedHash) {
        return hash.verify(password.toCharArray(), storedHash);
    }
}
