package be.groupage.service.interfaces.rest;

import be.groupage.service.application.ConflictException;
import be.groupage.service.application.ForbiddenException;
import be.groupage.service.application.InvalidInputException;
import be.groupage.service.application.NotFoundException;
import be.groupage.service.application.NotReadyException;
import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.RollbackException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns every exception that reaches the API into {@code application/problem+json}: input errors 400,
 * unknown or hidden things 404, documents not rendered yet 503 with {@code Retry-After}, state conflicts and lost optimistic-lock races 409, anything else 500
 * (logged, with no internals in the answer).
 */
@Provider
public class ProblemMappers implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

    @Override
    public Response toResponse(Throwable thrown) {
        Throwable cause = unwrap(thrown);
        if (cause instanceof InvalidInputException invalid) {
            return Problem.of(Response.Status.BAD_REQUEST, "invalid-input", invalid.getMessage())
                    .withErrors(invalid.errors().stream()
                            .map(e -> new Problem.ProblemError(e.field(), e.line(), e.column(), e.message()))
                            .toList())
                    .toResponse();
        }
        if (cause instanceof NotFoundException) {
            return Problem.of(Response.Status.NOT_FOUND, "not-found", cause.getMessage()).toResponse();
        }
        if (cause instanceof ForbiddenException) {
            return Problem.of(Response.Status.FORBIDDEN, "forbidden", cause.getMessage()).toResponse();
        }
        if (cause instanceof NotReadyException notReady) {
            return Response.fromResponse(Problem.of(Response.Status.SERVICE_UNAVAILABLE, "not-ready", cause.getMessage()).toResponse())
                    .header("Retry-After", notReady.retryAfterSeconds()).build();
        }
        if (cause instanceof ConflictException) {
            return Problem.of(Response.Status.CONFLICT, "conflict", cause.getMessage()).toResponse();
        }
        if (cause instanceof OptimisticLockException || cause instanceof RollbackException && hasOptimisticLock(cause)) {
            return Problem.of(Response.Status.CONFLICT, "concurrent-update",
                    "Someone else changed this at the same time; reload and try again.").toResponse();
        }
        if (cause instanceof StrictJsonReader.MalformedBodyException malformed) {
            return Problem.of(Response.Status.BAD_REQUEST, "malformed-body", "The request body " + malformed.getMessage())
                    .withErrors(List.of(new Problem.ProblemError(JsonRequestBinding.BODY, null, null, malformed.getMessage())))
                    .toResponse();
        }
        if (cause instanceof JsonbException || cause instanceof ProcessingException) {
            return Problem.of(Response.Status.BAD_REQUEST, "malformed-body",
                    "The request body is not valid JSON for this operation: " + firstLine(cause.getMessage())).toResponse();
        }
        if (cause instanceof WebApplicationException web) {
            Response original = web.getResponse();
            Response.StatusType status = original.getStatusInfo();
            return Problem.of(status.getStatusCode(), status.getReasonPhrase(), "http-" + status.getStatusCode(),
                    web.getMessage() == null ? status.getReasonPhrase() : web.getMessage()).toResponse();
        }
        LOG.log(Level.SEVERE, "Unexpected failure of an API call", thrown);
        return Problem.of(Response.Status.INTERNAL_SERVER_ERROR, "internal-error",
                "Something went wrong on our side; it has been logged.").toResponse();
    }

    private static Throwable unwrap(Throwable thrown) {
        Throwable current = thrown;
        while ((current instanceof EJBException || current.getClass().getName().startsWith("jakarta.transaction.Transactional"))
                && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }

    private static boolean hasOptimisticLock(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException) {
                return true;
            }
        }
        return false;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
