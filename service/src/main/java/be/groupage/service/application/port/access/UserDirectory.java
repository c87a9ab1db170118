package be.groupage.service.application.port.access;

import be.groupage.service.application.access.Role;
import be.groupage.service.application.port.common.TakenKeyException;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The accounts, by login, inside the caller's transaction. */
public interface UserDirectory {

    boolean exists(String login);

    /**
     * Stores a new, enabled account with an already hashed password; a buyer's member and a supplier's
     * cooperative must be registered. The login must not be taken.
     *
     * @throws TakenKeyException when another transaction stored the login first (the database's unique key refused it)
     */
    UserDetails create(String login, String passwordHash, Role role, Optional<String> memberCode, Optional<String> supplierCode,
                       Instant createdAt);

    Optional<UserDetails> byLogin(String login);

    /** An account with its password hash, for checking a sign-in; nothing else sees the hash. */
    Optional<Credentials> credentials(String login);

    /** An account and its stored password hash (PBKDF2, as {@code PasswordHasher} writes it). */
    record Credentials(UserDetails user, String passwordHash) {
    }

    /** Every account, by login. */
    List<UserDetails> all();
}
