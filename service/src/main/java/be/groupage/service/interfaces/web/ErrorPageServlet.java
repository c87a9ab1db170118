package be.groupage.service.interfaces.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The container's error page ({@code web.xml}): whatever the container answers itself (an error no JAX-RS
 * mapper turned into an answer, a path it refused before the application) is told as
 * {@code application/problem+json} under {@code /api}, and as a short French page elsewhere; never the
 * container's own HTML report, never a stack trace.
 */
@WebServlet("/error")
public class ErrorPageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer number && number >= 400 ? number : HttpServletResponse.SC_NOT_FOUND;
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri instanceof String text ? text : request.getRequestURI();
        String api = request.getContextPath() + "/api";
        boolean underApi = path != null && (path.toLowerCase(Locale.ROOT).startsWith(api.toLowerCase(Locale.ROOT) + "/")
                || path.equalsIgnoreCase(api));
        response.setStatus(status);
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        byte[] body;
        if (underApi) {
            response.setContentType("application/problem+json");
            body = ("{\"type\":\"https://groupage.be/problems/" + type(status) + "\",\"title\":\"" + title(status) + "\",\"status\":" + status
                    + ",\"detail\":\"" + detail(status) + "\"}").getBytes(StandardCharsets.UTF_8);
        } else {
            response.setContentType("text/html;charset=UTF-8");
            body = ("<!DOCTYPE html><html lang=\"fr-BE\"><head><meta charset=\"utf-8\"><title>Groupage — erreur " + status
                    + "</title></head><body><h1>Erreur " + status + "</h1><p><a href=\"" + request.getContextPath()
                    + "/\">Retour à l'accueil</a></p></body></html>").getBytes(StandardCharsets.UTF_8);
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private static String type(int status) {
        return status >= 500 ? "internal-error" : "http-" + status;
    }

    private static String title(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 406 -> "Not Acceptable";
            case 413 -> "Content Too Large";
            case 415 -> "Unsupported Media Type";
            default -> status >= 500 ? "Internal Server Error" : "HTTP " + status;
        };
    }

    private static String detail(int status) {
        return switch (status) {
            case 400 -> "The request is not one this service reads.";
            case 404 -> "There is nothing at this address.";
            default -> status >= 500 ? "Something went wrong on our side; it has been logged." : title(status) + ".";
        };
    }
}
