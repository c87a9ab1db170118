package be.groupage.service.interfaces.rest.common;

import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A use case's transaction that failed, often at commit (a unique key another request took first), answered
 * like any other failure by {@link ProblemMappers}. Without it Jersey picks its own mapper for this exact
 * type (from its CDI transaction support), which rethrows anything but a {@code WebApplicationException}:
 * the container then answered an HTML 500.
 */
@Provider
public class TransactionalProblemMapper implements ExceptionMapper<TransactionalException> {

    private final ProblemMappers problems = new ProblemMappers();

    @Override
    public Response toResponse(TransactionalException thrown) {
        return problems.toResponse(thrown);
    }
}
