package be.groupage.service.interfaces.rest.users;

import be.groupage.service.application.port.access.UserDetails;

import java.time.Instant;

/** An account as the API shows it; never its password or hash. */
public record UserView(String login, String role, String member, String supplier, boolean enabled, Instant createdAt) {

    static UserView of(UserDetails u) {
        return new UserView(u.login(), u.role().name(), u.memberCode().orElse(null), u.supplierCode().orElse(null), u.enabled(),
                u.createdAt());
    }
}
