package be.groupage.service.interfaces.rest.common;

import be.groupage.service.application.access.Account;
import be.groupage.service.application.access.CurrentAccount;
import be.groupage.service.application.access.Role;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import java.util.Arrays;
import java.util.Optional;

/**
 * Checks every API call against its {@link Allowed} roles: nobody signed in gives 401 with a Basic
 * challenge, a role not listed gives 403, a method without {@code @Allowed} is refused outright.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class AuthorizationFilter implements ContainerRequestFilter {

    @Context
    ResourceInfo resource;

    @Inject
    CurrentAccount caller;

    @Override
    public void filter(ContainerRequestContext request) {
        if (resource.getResourceMethod() == null) {
            return; // no resource matched: JAX-RS answers 404 or 405 itself
        }
        Allowed allowed = Optional.ofNullable(resource.getResourceMethod().getAnnotation(Allowed.class))
                .orElseGet(() -> resource.getResourceClass().getAnnotation(Allowed.class));
        Optional<Account> account = caller.get();
        if (account.isEmpty()) {
            Response.ResponseBuilder unauthorized = Response.fromResponse(
                    Problem.of(Response.Status.UNAUTHORIZED, "unauthenticated", "Sign in with your login and password (HTTP Basic).").toResponse());
            // A web page's script says so: no Basic challenge then, or the browser would open its own password dialog.
            if (!"XMLHttpRequest".equals(request.getHeaderString("X-Requested-With"))) {
                unauthorized.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Groupage\", charset=\"UTF-8\"");
            }
            request.abortWith(unauthorized.build());
            return;
        }
        if (allowed == null) {
            request.abortWith(Problem.of(Response.Status.FORBIDDEN, "forbidden", "This operation is not open to anyone.").toResponse());
            return;
        }
        Role role = account.get().role();
        if (allowed.value().length > 0 && Arrays.stream(allowed.value()).noneMatch(role::equals)) {
            request.abortWith(Problem.of(Response.Status.FORBIDDEN, "forbidden",
                    "Your role (" + role + ") may not do this; it needs " + Arrays.toString(allowed.value()) + ".").toResponse());
        }
    }
}
