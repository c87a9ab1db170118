package be.groupage.service.interfaces.rest.common;

import be.groupage.core.cycle.BelowSupplierMinimumException;
import be.groupage.core.cycle.CeilingExceededException;
import be.groupage.core.cycle.CycleException;
import be.groupage.core.cycle.IllegalCycleTransitionException;
import be.groupage.core.cycle.InvalidOrderLineException;
import be.groupage.core.cycle.OrderingClosedException;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.math.BigDecimal;

/**
 * Turns a rule of the cycle domain that refused an action into {@code application/problem+json}: a
 * state that does not allow it, ordering closed, a framework-agreement ceiling or the supplier's
 * minimum give 409 with the reason (and the amounts: what remains under the ceiling, what is missing
 * to the minimum); an unacceptable order line gives 400.
 */
@Provider
public class DomainProblemMapper implements ExceptionMapper<CycleException> {

    private static final String TYPE_BASE = "https://groupage.be/problems/";

    /** A problem with the amounts a domain refusal carries; absent amounts are left out. */
    @JsonbPropertyOrder({"type", "title", "status", "detail", "remaining", "requested", "orderValue", "minimum", "missing"})
    public record DomainProblem(String type, String title, int status, String detail, BigDecimal remaining, BigDecimal requested,
                                BigDecimal orderValue, BigDecimal minimum, BigDecimal missing) {
    }

    @Override
    public Response toResponse(CycleException e) {
        DomainProblem problem;
        if (e instanceof CeilingExceededException ceiling) {
            problem = conflict("ceiling-exceeded", e.getMessage(), Decimals.money(ceiling.remaining().amount()),
                    Decimals.money(ceiling.requested().amount()), null, null, null);
        } else if (e instanceof BelowSupplierMinimumException minimum) {
            problem = conflict("below-supplier-minimum", e.getMessage(), null, null, Decimals.money(minimum.orderValue().amount()),
                    Decimals.money(minimum.minimum().amount()), Decimals.money(minimum.missing().amount()));
        } else if (e instanceof OrderingClosedException) {
            problem = conflict("ordering-closed", e.getMessage(), null, null, null, null, null);
        } else if (e instanceof IllegalCycleTransitionException) {
            problem = conflict("cycle-state", e.getMessage(), null, null, null, null, null);
        } else if (e instanceof InvalidOrderLineException) {
            Response.Status status = Response.Status.BAD_REQUEST;
            problem = new DomainProblem(TYPE_BASE + "invalid-input", status.getReasonPhrase(), status.getStatusCode(), e.getMessage(),
                    null, null, null, null, null);
        } else {
            problem = conflict("cycle-rule", e.getMessage(), null, null, null, null, null);
        }
        return Response.status(problem.status()).type(Problem.PROBLEM_JSON).entity(problem).build();
    }

    private static DomainProblem conflict(String type, String detail, BigDecimal remaining, BigDecimal requested, BigDecimal orderValue,
                                          BigDecimal minimum, BigDecimal missing) {
        Response.Status status = Response.Status.CONFLICT;
        return new DomainProblem(TYPE_BASE + type, status.getReasonPhrase(), status.getStatusCode(), detail, remaining, requested,
                orderValue, minimum, missing);
    }
}
