package be.groupage.service.interfaces.rest.common;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;

/**
 * An error as {@code application/problem+json} (RFC 9457): a stable {@code type}, a short {@code title},
 * the HTTP {@code status}, a human {@code detail}, and for bad input every {@code errors} entry with the
 * field (or line and column) it concerns.
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "errors"})
public record Problem(String type, String title, int status, String detail, List<ProblemError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType PROBLEM_JSON = MediaType.valueOf(MEDIA_TYPE);
    private static final String TYPE_BASE = "https://groupage.be/problems/";

    /** One thing wrong with the input. */
    @JsonbPropertyOrder({"field", "line", "column", "message"})
    public record ProblemError(String field, Integer line, String column, String message) {
    }

    public static Problem of(Response.Status status, String type, String detail) {
        return new Problem(TYPE_BASE + type, status.getReasonPhrase(), status.getStatusCode(), detail, null);
    }

    public static Problem of(int status, String title, String type, String detail) {
        return new Problem(TYPE_BASE + type, title, status, detail, null);
    }

    public Problem withErrors(List<ProblemError> list) {
        return new Problem(type, title, status, detail, list == null || list.isEmpty() ? null : List.copyOf(list));
    }

    public Response toResponse() {
        return Response.status(status).type(PROBLEM_JSON).entity(this).build();
    }
}
