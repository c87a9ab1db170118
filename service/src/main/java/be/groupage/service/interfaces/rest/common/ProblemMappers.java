package be.groupage.service.interfaces.rest.common;

import be.groupage.service.application.access.ForbiddenException;
import be.groupage.service.application.common.ConflictException;
import be.groupage.service.application.common.InvalidInputException;
import be.groupage.service.application.common.NotFoundException;
import be.groupage.service.application.common.NotReadyException;
import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.RollbackException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns every exception that reaches the API into {@code application/problem+json}: input errors 400,
 * unknown or hidden things 404, documents not rendered yet 503 with {@code Retry-After}, state conflicts, lost
 * optimistic-lock races and rows the database refused at commit (a unique key another request took first, any
 * integrity constraint, a deadlock) 409, the container's own refusals (404, 405 with {@code Allow}, 406, 415)
 * with their status and headers, anything else 500 (logged, with no internals in the answer). The mapping
 * itself never fails: if it did, the answer is still a 500 problem.
 */
@Provider
public class ProblemMappers implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());
    /** Written out by hand, so that it needs nothing that could itself fail. */
    private static final String LAST_RESORT = "{\"type\":\"https://groupage.be/problems/internal-error\",\"title\":\"Internal Server Error\","
            + "\"status\":500,\"detail\":\"Something went wrong on our side; it has been logged.\"}";

    @Override
    public Response toResponse(Throwable thrown) {
        try {
            return problem(thrown);
        } catch (RuntimeException | LinkageError | AssertionError e) {
            try {
                LOG.log(Level.SEVERE, "The problem mapper failed on " + thrown, e);
            } catch (RuntimeException ignored) {
                // Nothing more can be done than answering.
            }
            return Response.status(Response.Status.INTERNAL_SERVER_ERROR).type(Problem.PROBLEM_JSON).entity(LAST_RESORT).build();
        }
    }

    private Response problem(Throwable thrown) {
        if (thrown == null) {
            throw new IllegalArgumentException("Nothing was thrown");
        }
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
        if (inChain(thrown, ProblemMappers::violatesIntegrity)) {
            LOG.log(Level.INFO, "The database refused a row (integrity constraint): answered 409", thrown);
            return Problem.of(Response.Status.CONFLICT, "conflict",
                    "This conflicts with what another request stored at the same moment (a code, login or number already taken); "
                            + "nothing was changed. Reload and check.").toResponse();
        }
        if (inChain(thrown, ProblemMappers::deadlocked)) {
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
            return container(web);
        }
        LOG.log(Level.SEVERE, "Unexpected failure of an API call", thrown);
        return Problem.of(Response.Status.INTERNAL_SERVER_ERROR, "internal-error",
                "Something went wrong on our side; it has been logged.").toResponse();
    }

    /** A refusal by JAX-RS itself or a resource: its status, its headers ({@code Allow}, {@code Retry-After}…), a plain detail. */
    private static Response container(WebApplicationException web) {
        Response original = web.getResponse();
        Response.StatusType status = original == null ? Response.Status.INTERNAL_SERVER_ERROR : original.getStatusInfo();
        int code = status.getStatusCode();
        String title = status.getReasonPhrase() == null ? "HTTP " + code : status.getReasonPhrase();
        String allow = original == null ? null : original.getHeaderString(HttpHeaders.ALLOW);
        String detail = switch (code) {
            case 404 -> "There is nothing at this address.";
            case 405 -> "This address does not take this method" + (allow == null || allow.isBlank() ? "." : "; it takes " + allow + ".");
            case 406 -> "This address cannot answer in any media type the request accepts (Accept).";
            case 415 -> "This address does not take a body of this Content-Type.";
            default -> web.getMessage() == null || web.getMessage().startsWith("HTTP " + code) ? title : web.getMessage();
        };
        Problem problem = Problem.of(code, title, "http-" + code, detail);
        Response.ResponseBuilder answer = Response.status(code).type(Problem.PROBLEM_JSON).entity(problem);
        if (original != null) {
            original.getStringHeaders().forEach((name, values) -> {
                if (!name.equalsIgnoreCase(HttpHeaders.CONTENT_TYPE) && !name.equalsIgnoreCase(HttpHeaders.CONTENT_LENGTH)) {
                    values.forEach(value -> answer.header(name, value));
                }
            });
        }
        return answer.build();
    }

    /** A SQL integrity-constraint violation: a duplicate unique key, a missing parent, a failed check (SQLState class 23). */
    private static boolean violatesIntegrity(Throwable t) {
        return t instanceof SQLIntegrityConstraintViolationException
                || t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23");
    }

    /**
     * Whether the database chose the failed transaction as a deadlock's victim, anywhere in the cause chain: it rolled the
     * transaction back whole, so the same use case may be run again ({@link DeadlockVictims}).
     */
    public static boolean deadlockVictim(Throwable thrown) {
        return inChain(thrown, ProblemMappers::deadlocked);
    }

    /** The database chose this transaction as a deadlock's victim (SQLState 40001, MariaDB error 1213). */
    private static boolean deadlocked(Throwable t) {
        return t instanceof SQLException sql && ("40001".equals(sql.getSQLState()) || sql.getErrorCode() == 1213);
    }

    /** Whether something in the cause chain (and each SQL exception's next ones) is what is looked for; a looping chain ends. */
    private static boolean inChain(Throwable thrown, Predicate<Throwable> wanted) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> todo = new ArrayDeque<>();
        todo.add(thrown);
        while (!todo.isEmpty() && seen.size() < 100) {
            Throwable t = todo.poll();
            if (t == null || !seen.add(t)) {
                continue;
            }
            if (wanted.test(t)) {
                return true;
            }
            if (t.getCause() != null) {
                todo.add(t.getCause());
            }
            if (t instanceof SQLException sql && sql.getNextException() != null) {
                todo.add(sql.getNextException());
            }
            for (Throwable suppressed : t.getSuppressed()) {
                todo.add(suppressed);
            }
        }
        return false;
    }

    private static Throwable unwrap(Throwable thrown) {
        Throwable current = thrown;
        for (int depth = 0; depth < 100 && (current instanceof EJBException || current.getClass().getName().startsWith("jakarta.transaction.Transactional"))
                && current.getCause() != null && current.getCause() != current; depth++) {
            current = current.getCause();
        }
        return current;
    }

    private static boolean hasOptimisticLock(Throwable thrown) {
        return inChain(thrown, t -> t instanceof OptimisticLockException);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
