package be.groupage.service.application.users;

import be.groupage.service.application.access.AuditTrail;
import be.groupage.service.application.access.CurrentAccount;
import be.groupage.service.application.access.Role;
import be.groupage.service.application.common.ConflictException;
import be.groupage.service.application.common.InputChecks;
import be.groupage.service.application.common.InvalidInputException;
import be.groupage.service.application.common.Registrations;
import be.groupage.core.access.PasswordPolicy;
import be.groupage.service.application.port.access.PasswordHasher;
import be.groupage.service.application.port.access.UserDetails;
import be.groupage.service.application.port.access.UserDirectory;
import be.groupage.service.application.port.common.TakenKeyException;
import be.groupage.service.application.port.members.MemberDirectory;
import be.groupage.service.application.port.suppliers.SupplierDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Accounts: a login, a password kept as a PBKDF2 hash, a role, and for a buyer its member, for a
 * supplier its cooperative. Only the coordinator creates them.
 */
@ApplicationScoped
@Transactional
public class UserService {


    @Inject
    UserDirectory users;

    @Inject
    MemberDirectory members;

    @Inject
    SupplierDirectory suppliers;

    @Inject
    CurrentAccount caller;

    @Inject
    PasswordHasher hashing;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public UserDetails create(Registrations.NewUser input) {
        caller.requireRole(Role.COORDINATOR);
        if (input == null) {
            throw InvalidInputException.of("body", "A user is required.");
        }
        InputChecks checks = InputChecks.start();
        checks.login("login", input.login());
        if (checks.required("password", input.password())) {
            PasswordPolicy.standard().problems(input.password(), input.login()).forEach(problem -> checks.error("password", problem));
        }
        Role role = null;
        if (checks.required("role", input.role())) {
            try {
                role = Role.valueOf(input.role());
            } catch (IllegalArgumentException e) {
                checks.error("role", "must be COORDINATOR, BUYER, SUPPLIER or FINANCE");
            }
        }
        Optional<String> member = Optional.empty();
        Optional<String> supplier = Optional.empty();
        if (role == Role.BUYER) {
            if (checks.required("member", input.member())) {
                if (members.exists(input.member())) {
                    member = Optional.of(input.member());
                } else {
                    checks.error("member", "no member " + input.member());
                }
            }
        } else if (input.member() != null && !input.member().isBlank()) {
            checks.error("member", "only a BUYER is bound to a member");
        }
        if (role == Role.SUPPLIER) {
            if (checks.required("supplier", input.supplier())) {
                if (suppliers.exists(input.supplier())) {
                    supplier = Optional.of(input.supplier());
                } else {
                    checks.error("supplier", "no supplier " + input.supplier());
                }
            }
        } else if (input.supplier() != null && !input.supplier().isBlank()) {
            checks.error("supplier", "only a SUPPLIER is bound to a supplier");
        }
        checks.throwIfAny();
        String taken = "The login " + input.login() + " is taken.";
        if (users.exists(input.login())) {
            throw new ConflictException(taken);
        }
        UserDetails user;
        try {
            user = users.create(input.login(), hashing.hash(input.password()), role, member, supplier, clock.instant());
        } catch (TakenKeyException e) {
            // Another request created the same login at the same moment and won.
            throw new ConflictException(taken);
        }
        audit.record("USER_CREATED", "user", user.login(), role.name());
        return user;
    }

    public List<UserDetails> list() {
        caller.requireRole(Role.COORDINATOR);
        return users.all();
    }

}
