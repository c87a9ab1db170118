package be.groupage.service.application;

import be.groupage.service.infrastructure.persistence.UserEntity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;

import java.security.Principal;
import java.util.Optional;

/** The account of the person behind the current request, if signed in; looked up once per request. */
@RequestScoped
public class CurrentAccount {

    @Inject
    SecurityContext security;

    @PersistenceContext(unitName = "groupage")
    EntityManager em;

    private Optional<Account> account;

    public Optional<Account> get() {
        if (account == null) {
            account = lookUp();
        }
        return account;
    }

    /** The account, or {@link ForbiddenException} when nobody is signed in (the REST filter answers 401 before). */
    public Account require() {
        return get().orElseThrow(() -> new ForbiddenException("Sign in first."));
    }

    /** The account, which must have one of the roles, or {@link ForbiddenException}. */
    public Account requireRole(Role... roles) {
        Account account = require();
        for (Role role : roles) {
            if (account.is(role)) {
                return account;
            }
        }
        throw new ForbiddenException("This needs the role " + java.util.Arrays.toString(roles) + "; you are " + account.role() + ".");
    }

    private Optional<Account> lookUp() {
        Principal principal = security.getCallerPrincipal();
        if (principal == null) {
            return Optional.empty();
        }
        return em.createNamedQuery("User.byLogin", UserEntity.class)
                .setParameter("login", principal.getName())
                .getResultStream()
                .filter(UserEntity::enabled)
                .findFirst()
                .map(u -> new Account(u.login(), Role.valueOf(u.role()),
                        Optional.ofNullable(u.member()).map(m -> m.code()),
                        Optional.ofNullable(u.supplier()).map(s -> s.code())));
    }
}
