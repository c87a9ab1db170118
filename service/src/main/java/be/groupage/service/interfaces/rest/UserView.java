package be.groupage.service.interfaces.rest;

import be.groupage.service.infrastructure.persistence.UserEntity;

import java.time.Instant;

/** An account as the API shows it; never its password or hash. */
public record UserView(String login, String role, String member, String supplier, boolean enabled, Instant createdAt) {

    static UserView of(UserEntity u) {
        return new UserView(u.login(), u.role(), u.member() == null ? null : u.member().code(),
                u.supplier() == null ? null : u.supplier().code(), u.enabled(), u.createdAt());
    }
}
