package be.groupage.service.application.access;

import jakarta.security.enterprise.credential.UsernamePasswordCredential;

/**
 * A login and password as a client sent them, with the address it sent them from: the identity store
 * throttles repeated failures per login and per address. The address is the connection's remote address
 * ({@code HttpServletRequest.getRemoteAddr()}), never a forwarded header a client could write itself.
 */
public final class SignInCredential extends UsernamePasswordCredential {

    private final String address;

    public SignInCredential(String login, String password, String address) {
        super(login, password);
        this.address = address;
    }

    /** The client address, or {@code null} when unknown (then only the login is throttled). */
    public String address() {
        return address;
    }
}
