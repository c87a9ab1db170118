package be.groupage.service.application.port.access;

import be.groupage.service.application.access.Role;

import java.time.Instant;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * An account as the use cases see it, never its password hash: login, role, the member code of a
 * buyer or the supplier code of a supplier, whether it may sign in, and when it was created.
 */
public record UserDetails(String login, Role role, Optional<String> memberCode, Optional<String> supplierCode, boolean enabled,
                          Instant createdAt) {

    public UserDetails {
        requireNonNull(login, "login");
        requireNonNull(role, "role");
        requireNonNull(memberCode, "memberCode");
        requireNonNull(supplierCode, "supplierCode");
        requireNonNull(createdAt, "createdAt");
    }
}
