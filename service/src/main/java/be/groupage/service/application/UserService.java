package be.groupage.service.application;

import be.groupage.service.infrastructure.persistence.MemberEntity;
import be.groupage.service.infrastructure.persistence.SupplierEntity;
import be.groupage.service.infrastructure.persistence.UserEntity;
import be.groupage.service.infrastructure.security.PasswordHashing;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.List;

/**
 * Accounts: a login, a password kept as a PBKDF2 hash, a role, and for a buyer its member, for a
 * supplier its cooperative. Only the coordinator creates them.
 */
@ApplicationScoped
@Transactional
public class UserService {

    static final int MIN_PASSWORD_LENGTH = 8;

    @PersistenceContext(unitName = "groupage")
    EntityManager em;

    @Inject
    CurrentAccount caller;

    @Inject
    PasswordHashing hashing;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public UserEntity create(Registrations.NewUser input) {
        caller.requireRole(Role.COORDINATOR);
        if (input == null) {
            throw InvalidInputException.of("body", "A user is required.");
        }
        InputChecks checks = InputChecks.start();
        checks.login("login", input.login());
        if (checks.required("password", input.password()) && input.password().length() < MIN_PASSWORD_LENGTH) {
            checks.error("password", "must have at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        Role role = null;
        if (checks.required("role", input.role())) {
            try {
                role = Role.valueOf(input.role());
            } catch (IllegalArgumentException e) {
                checks.error("role", "must be COORDINATOR, BUYER, SUPPLIER or FINANCE");
            }
        }
        MemberEntity member = null;
        SupplierEntity supplier = null;
        if (role == Role.BUYER) {
            if (checks.required("member", input.member())) {
                member = em.createNamedQuery("Member.byCode", MemberEntity.class).setParameter("code", input.member())
                        .getResultStream().findFirst().orElse(null);
                if (member == null) {
                    checks.error("member", "no member " + input.member());
                }
            }
        } else if (input.member() != null && !input.member().isBlank()) {
            checks.error("member", "only a BUYER is bound to a member");
        }
        if (role == Role.SUPPLIER) {
            if (checks.required("supplier", input.supplier())) {
                supplier = em.createNamedQuery("Supplier.byCode", SupplierEntity.class).setParameter("code", input.supplier())
                        .getResultStream().findFirst().orElse(null);
                if (supplier == null) {
                    checks.error("supplier", "no supplier " + input.supplier());
                }
            }
        } else if (input.supplier() != null && !input.supplier().isBlank()) {
            checks.error("supplier", "only a SUPPLIER is bound to a supplier");
        }
        checks.throwIfAny();
        if (!em.createNamedQuery("User.byLogin", UserEntity.class).setParameter("login", input.login()).getResultList().isEmpty()) {
            throw new ConflictException("The login " + input.login() + " is taken.");
        }
        UserEntity user = new UserEntity(input.login(), hashing.hash(input.password()), role.name(), member, supplier, clock.instant());
        em.persist(user);
        audit.record("USER_CREATED", "user", user.login(), role.name());
        return user;
    }

    public List<UserEntity> list() {
        caller.requireRole(Role.COORDINATOR);
        return em.createNamedQuery("User.all", UserEntity.class).getResultList();
    }

}
