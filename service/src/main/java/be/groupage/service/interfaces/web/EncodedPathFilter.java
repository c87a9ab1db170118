package be.groupage.service.interfaces.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Refuses, before anything is served, a request whose path as sent hides a separator or a step up: an
 * encoded slash, backslash or dot ({@code %2F}, {@code %5C}, {@code %2E}), a raw backslash, a {@code .} or
 * {@code ..} segment, a {@code ;} path parameter (a session id in the URL too), an encoded NUL. The container decodes {@code %2F} into a
 * slash and then resolves the dots, so {@code /api/members/..%2F..%2Findex.html} would otherwise reach the
 * sign-in page; no path of this service needs any of these. Under {@code /api} the refusal is 400
 * {@code application/problem+json}, elsewhere 400 plain text. (A {@code %5C} never gets here: Payara
 * refuses it itself, with an empty 400, before the application.)
 */
@WebFilter(urlPatterns = "/*")
public class EncodedPathFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Pattern HIDDEN = Pattern.compile("(?i).*(%2f|%5c|%2e|%00|\\\\|;).*");
    private static final Pattern DOT_SEGMENT = Pattern.compile(".*(^|/)\\.{1,2}(/|$).*");
    private static final String PROBLEM = "{\"type\":\"https://groupage.be/problems/bad-path\",\"title\":\"Bad Request\",\"status\":400,"
            + "\"detail\":\"The path has an encoded slash, backslash or dot, a dot segment or a ';' parameter: such paths are refused.\"}";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String raw = request.getRequestURI();
        // The container takes ;jsessionid=… out of the path before anyone sees it; only this tells it was there.
        if (raw != null && (HIDDEN.matcher(raw).matches() || DOT_SEGMENT.matcher(raw).matches()) || request.isRequestedSessionIdFromURL()) {
            refuse(request, response, raw);
            return;
        }
        chain.doFilter(request, response);
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, String raw) throws IOException {
        if (raw == null) {
            raw = "";
        }
        response.resetBuffer();
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        String api = request.getContextPath() + "/api";
        boolean underApi = raw.toLowerCase(Locale.ROOT).startsWith(api.toLowerCase(Locale.ROOT) + "/") || raw.equalsIgnoreCase(api);
        byte[] body;
        if (underApi) {
            response.setContentType("application/problem+json");
            body = PROBLEM.getBytes(StandardCharsets.UTF_8);
        } else {
            response.setContentType("text/plain;charset=UTF-8");
            body = "Chemin refusé / Path refused\n".getBytes(StandardCharsets.UTF_8);
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
