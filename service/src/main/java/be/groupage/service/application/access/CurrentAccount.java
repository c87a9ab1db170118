package be.groupage.service.application.access;

import be.groupage.service.application.port.access.UserDetails;
import be.groupage.service.application.port.access.UserDirectory;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;

import java.security.Principal;
import java.util.Optional;

/**
 * The account of the person behind the current request, if signed in: the one read when the request's
 * password was checked ({@link SignedInCaller}), or else (a web session) looked up once per request, so
 * an account disabled since the session opened is refused at once.
 */
@RequestScoped
public class CurrentAccount {

    @Inject
    SecurityContext security;

    @Inject
    UserDirectory users;

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
        if (principal instanceof SignedInCaller checked) {
            return Optional.of(checked.account());
        }
        Optional<SignedInCaller> carried = security.getPrincipalsByType(SignedInCaller.class).stream().findFirst();
        if (carried.isPresent()) {
            return Optional.of(carried.get().account());
        }
        return users.byLogin(principal.getName())
                .filter(UserDetails::enabled)
                .map(CurrentAccount::account);
    }

    /** The application's view of a stored account. */
    public static Account account(UserDetails user) {
        return new Account(user.login(), user.role(), user.memberCode(), user.supplierCode());
    }
}
