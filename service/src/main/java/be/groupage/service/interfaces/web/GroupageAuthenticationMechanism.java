package be.groupage.service.interfaces.web;

import be.groupage.service.application.access.SignInCredential;
import be.groupage.service.application.access.SignInThrottledException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;

/**
 * How a caller proves who it is: HTTP Basic on every API call, or the session opened by the sign-in
 * form of the web pages. Requests without either go on anonymously; the API's authorisation filter
 * answers them 401. Wrong credentials are answered 401 here, as problem+json, without saying whether
 * the login exists; a login or address that failed too often lately is answered 429 with
 * {@code Retry-After}, before its password is checked.
 *
 * <p>A browser sends the session cookie with any request, even one a page of another site makes it
 * send; so a request authenticated by the session that may change something (anything but GET, HEAD,
 * OPTIONS) must carry the {@value #CSRF_HEADER} header, which only a script of this origin can add (no
 * CORS is allowed). Without it the answer is 403 and nothing runs. HTTP Basic clients are not concerned:
 * their credentials are never sent on their behalf by a foreign page.
 */
@ApplicationScoped
public class GroupageAuthenticationMechanism implements HttpAuthenticationMechanism {

    /** Session attribute holding the login of a person signed in through the form. */
    public static final String SESSION_LOGIN = "groupage.login";
    /** Session attribute holding that person's role. */
    public static final String SESSION_ROLE = "groupage.role";
    public static final String REALM = "Groupage";
    /** Header every state-changing request of the web pages carries (any value). */
    public static final String CSRF_HEADER = "X-Groupage-Csrf";
    /** The problem type of a sign-in refused because of too many recent failures. */
    static final String TOO_MANY_SIGN_INS = "https://groupage.be/problems/too-many-sign-ins";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @Inject
    IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            String[] loginAndPassword = decode(header.substring(6).trim());
            if (loginAndPassword != null) {
                CredentialValidationResult result;
                try {
                    result = identityStores.validate(new SignInCredential(loginAndPassword[0], loginAndPassword[1], request.getRemoteAddr()));
                } catch (SignInThrottledException throttled) {
                    return tooManyAttempts(response, throttled.retryAfterSeconds());
                }
                if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                    return context.notifyContainerAboutLogin(result);
                }
            }
            return unauthorized(response, "The login or password is wrong.");
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_LOGIN) instanceof String login
                && session.getAttribute(SESSION_ROLE) instanceof String role) {
            if (!SAFE_METHODS.contains(request.getMethod()) && request.getHeader(CSRF_HEADER) == null) {
                return forbidden(response);
            }
            return context.notifyContainerAboutLogin(login, Set.of(role));
        }
        return context.doNothing();
    }

    private static String[] decode(String encoded) {
        try {
            String text = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = text.indexOf(':');
            return colon <= 0 ? null : new String[] {text.substring(0, colon), text.substring(colon + 1)};
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }

    private static AuthenticationStatus forbidden(HttpServletResponse response) {
        try {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("{\"type\":\"https://groupage.be/problems/csrf\",\"title\":\"Forbidden\",\"status\":403,"
                    + "\"detail\":\"A request signed in by the web session must carry the " + CSRF_HEADER + " header.\"}");
        } catch (IOException e) {
            // the client went away; nothing more to tell it
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    /**
     * 429 for a login or address that failed too often lately (see {@code SignInThrottle}): the same for a
     * login that exists and one that does not, with the seconds to wait in {@code Retry-After}.
     */
    private static AuthenticationStatus tooManyAttempts(HttpServletResponse response, long retryAfterSeconds) {
        try {
            response.setStatus(429);
            response.setHeader("Retry-After", Long.toString(retryAfterSeconds));
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("{\"type\":\"" + TOO_MANY_SIGN_INS + "\",\"title\":\"Too Many Requests\",\"status\":429,"
                    + "\"detail\":\"Too many failed sign-ins for this login or from this address: try again in " + retryAfterSeconds
                    + " seconds.\"}");
        } catch (IOException e) {
            // the client went away; nothing more to tell it
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static AuthenticationStatus unauthorized(HttpServletResponse response, String detail) {
        try {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("{\"type\":\"https://groupage.be/problems/unauthenticated\",\"title\":\"Unauthorized\","
                    + "\"status\":401,\"detail\":\"" + detail + "\"}");
        } catch (IOException e) {
            // the client went away; nothing more to tell it
        }
        return AuthenticationStatus.SEND_FAILURE;
    }
}
