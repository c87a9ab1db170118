package be.groupage.service.interfaces.web;

import be.groupage.service.application.access.SignInCredential;
import be.groupage.service.application.access.SignInThrottledException;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The sign-in form of the web pages: checks a login and password with the same identity store as the
 * API's HTTP Basic, then keeps the login and role in a fresh HTTP session (new session id, so an id
 * planted before sign-in is worthless). A wrong password and an unknown login get the same answer.
 * A login or address that failed too often lately is answered 429 with {@code Retry-After} and, for the
 * page, "Trop de tentatives, réessayez dans N minutes." (see {@code SignInThrottle}).
 *
 * <p>{@code POST /auth/login} (form fields {@code login}, {@code password}) answers
 * {@code {login, role, page}} where {@code page} is the role's start page; {@code POST /auth/logout}
 * ends the session. Both require the {@value GroupageAuthenticationMechanism#CSRF_HEADER} header, which
 * a page of another site cannot send.
 */
@WebServlet(urlPatterns = {SignInServlet.LOGIN, SignInServlet.LOGOUT})
public class SignInServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String LOGIN = "/auth/login";
    static final String LOGOUT = "/auth/logout";
    private static final String WRONG = "Identifiant ou mot de passe incorrect.";
    private static final Map<String, String> START_PAGES = Map.of(
            "BUYER", "acheteur.html",
            "SUPPLIER", "cooperative.html",
            "COORDINATOR", "coordination.html",
            "FINANCE", "finance.html");

    @Inject
    transient IdentityStoreHandler identityStores;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        if (request.getHeader(GroupageAuthenticationMechanism.CSRF_HEADER) == null) {
            problem(response, HttpServletResponse.SC_FORBIDDEN, "csrf",
                    "Cette demande doit venir des pages de Groupage (en-tête " + GroupageAuthenticationMechanism.CSRF_HEADER + " manquant).");
            return;
        }
        if (LOGOUT.equals(request.getServletPath())) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            request.logout();
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        request.setCharacterEncoding("UTF-8");
        String login = trimmed(request.getParameter("login"));
        String password = request.getParameter("password");
        if (login.isEmpty() || password == null || password.isEmpty()) {
            problem(response, HttpServletResponse.SC_BAD_REQUEST, "invalid-input", "Indiquez votre identifiant et votre mot de passe.");
            return;
        }
        CredentialValidationResult result;
        try {
            result = identityStores.validate(new SignInCredential(login, password, request.getRemoteAddr()));
        } catch (SignInThrottledException throttled) {
            response.setHeader("Retry-After", Long.toString(throttled.retryAfterSeconds()));
            problem(response, 429, "too-many-sign-ins", tooMany(throttled.retryAfterSeconds()));
            return;
        }
        if (result.getStatus() != CredentialValidationResult.Status.VALID || result.getCallerGroups().size() != 1) {
            problem(response, HttpServletResponse.SC_UNAUTHORIZED, "unauthenticated", WRONG);
            return;
        }
        String role = result.getCallerGroups().iterator().next();
        HttpSession session = request.getSession(true);
        request.changeSessionId();
        session.setAttribute(GroupageAuthenticationMechanism.SESSION_LOGIN, result.getCallerPrincipal().getName());
        session.setAttribute(GroupageAuthenticationMechanism.SESSION_ROLE, role);
        sameSiteStrict(request, response);
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("login", result.getCallerPrincipal().getName())
                .add("role", role)
                .add("page", START_PAGES.getOrDefault(role, "index.html"));
        write(response, HttpServletResponse.SC_OK, "application/json", body.build().toString());
    }

    /**
     * Marks the session cookie that {@code changeSessionId} just set as {@code SameSite=Strict}, so a
     * browser never sends it with a request started by another site (the container writes no SameSite).
     */
    private static void sameSiteStrict(HttpServletRequest request, HttpServletResponse response) {
        String name = Optional.ofNullable(request.getServletContext().getSessionCookieConfig().getName()).orElse("JSESSIONID") + "=";
        List<String> cookies = new ArrayList<>(response.getHeaders("Set-Cookie"));
        for (int i = 0; i < cookies.size(); i++) {
            String cookie = cookies.get(i);
            String strict = cookie.startsWith(name) && !cookie.toLowerCase(Locale.ROOT).contains("samesite") ? cookie + "; SameSite=Strict" : cookie;
            if (i == 0) {
                response.setHeader("Set-Cookie", strict);
            } else {
                response.addHeader("Set-Cookie", strict);
            }
        }
    }

    /** "Trop de tentatives, réessayez dans N minutes.", the minutes rounded up. */
    static String tooMany(long retryAfterSeconds) {
        long minutes = Math.max(1, (retryAfterSeconds + 59) / 60);
        return "Trop de tentatives, réessayez dans " + minutes + (minutes == 1 ? " minute." : " minutes.");
    }

    private static String trimmed(String value) {
        return value == null ? "" : value.trim();
    }

    private static void problem(HttpServletResponse response, int status, String type, String detail) throws IOException {
        String body = Json.createObjectBuilder()
                .add("type", "https://groupage.be/problems/" + type)
                .add("title", switch (status) {
                    case 401 -> "Unauthorized";
                    case 403 -> "Forbidden";
                    case 429 -> "Too Many Requests";
                    default -> "Bad Request";
                })
                .add("status", status)
                .add("detail", detail)
                .build().toString();
        write(response, status, "application/problem+json", body);
    }

    private static void write(HttpServletResponse response, int status, String type, String body) throws IOException {
        response.setStatus(status);
        response.setContentType(type);
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(body);
    }
}
