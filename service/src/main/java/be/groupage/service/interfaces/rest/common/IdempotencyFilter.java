package be.groupage.service.interfaces.rest.common;

import be.groupage.service.application.access.Account;
import be.groupage.service.application.access.CurrentAccount;
import be.groupage.service.application.common.IdempotencyStore;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * {@code Idempotency-Key} on any POST: the first request with a key runs and its answer is kept; a retry
 * with the same key and body gets that answer again (marked {@code Idempotent-Replayed: true}) without
 * running twice. Server errors free the key so a retry runs again.
 */
@Provider
@Priority(Priorities.AUTHORIZATION + 10)
public class IdempotencyFilter implements ContainerRequestFilter, ContainerResponseFilter {

    public static final String HEADER = "Idempotency-Key";
    private static final String CLAIMED = IdempotencyFilter.class.getName() + ".key";
    private static final int MAX_KEY_LENGTH = 200;
    private static final Jsonb JSONB = JsonbBuilder.create();

    @Inject
    IdempotencyStore store;

    @Inject
    CurrentAccount caller;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        String key = request.getHeaderString(HEADER);
        if (key == null || !HttpMethod.POST.equals(request.getMethod())) {
            return;
        }
        Optional<Account> account = caller.get();
        if (account.isEmpty()) {
            return;
        }
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            request.abortWith(Problem.of(Response.Status.BAD_REQUEST, "invalid-idempotency-key",
                    "The Idempotency-Key header must have 1 to " + MAX_KEY_LENGTH + " characters.").toResponse());
            return;
        }
        byte[] body = request.hasEntity() ? request.getEntityStream().readAllBytes() : new byte[0];
        request.setEntityStream(new ByteArrayInputStream(body));
        String storedKey = sha256(account.get().login() + "\n" + key);
        String requestLine = request.getMethod() + " " + request.getUriInfo().getPath();
        IdempotencyStore.Claim claim = store.claim(storedKey, sha256(body), requestLine.length() > 300 ? requestLine.substring(0, 300) : requestLine);
        if (!claim.run()) {
            IdempotencyStore.StoredAnswer answer = claim.replay();
            Response.ResponseBuilder replay = Response.status(answer.status()).header("Idempotent-Replayed", "true");
            if (answer.body() != null) {
                replay.entity(answer.body()).type(answer.contentType());
            }
            if (answer.location() != null) {
                replay.header(HttpHeaders.LOCATION, answer.location());
            }
            request.abortWith(replay.build());
            return;
        }
        request.setProperty(CLAIMED, storedKey);
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(CLAIMED) instanceof String key)) {
            return;
        }
        int status = response.getStatus();
        if (status >= 500 || status == 409 || status == 429) {
            store.release(key);
            return;
        }
        Object entity = response.getEntity();
        byte[] body = null;
        if (entity instanceof byte[] bytes) {
            body = bytes;
        } else if (entity instanceof String text) {
            body = text.getBytes(StandardCharsets.UTF_8);
        } else if (entity != null) {
            body = JSONB.toJson(entity).getBytes(StandardCharsets.UTF_8);
        }
        MediaType type = response.getMediaType();
        String location = response.getHeaderString(HttpHeaders.LOCATION);
        store.complete(key, new IdempotencyStore.StoredAnswer(status, type == null ? null : type.toString(), location, body));
    }

    private static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new UncheckedIOException(new IOException("SHA-256 missing", e));
        }
    }
}
