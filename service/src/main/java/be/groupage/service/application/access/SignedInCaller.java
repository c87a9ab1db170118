package be.groupage.service.application.access;

import jakarta.security.enterprise.CallerPrincipal;

/**
 * The caller of a request whose password was checked during that request, carrying the account as it
 * was read for the check: {@link CurrentAccount} takes it from here instead of reading the account a
 * second time. A caller signed in by the web session has no such principal and is looked up.
 */
public final class SignedInCaller extends CallerPrincipal {

    private final transient Account account;

    public SignedInCaller(Account account) {
        super(account.login());
        this.account = account;
    }

    public Account account() {
        return account;
    }
}
