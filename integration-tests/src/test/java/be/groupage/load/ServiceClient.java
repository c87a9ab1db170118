package be.groupage.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import java.util.concurrent.Executors;

/**
 * The service's REST API as a client program calls it: HTTP/1.1, Basic credentials of a demo account.
 * No request outlives the run's deadline: each one's timeout is the time left.
 */
final class ServiceClient {

    /** An answer: its status, content type and body. */
    record Reply(int status, String contentType, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    private final HttpClient http;
    private final URI base;
    private final Instant deadline;

    ServiceClient(URI base, Instant deadline, int connections) {
        this.base = Objects.requireNonNull(base, "base");
        this.deadline = Objects.requireNonNull(deadline, "deadline");
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                // daemon threads: a run past its deadline must not be kept alive by the client
                .executor(Executors.newFixedThreadPool(Math.max(2, Math.min(connections, 16)), r -> {
                    Thread t = new Thread(r, "load-http");
                    t.setDaemon(true);
                    return t;
                }))
                .build();
    }

    Reply get(String login, String path, String accept) {
        return send(request(login, path).header("Accept", accept).GET());
    }

    Reply post(String login, String path, String contentType, String body) {
        return send(request(login, path).header("Content-Type", contentType).header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    Reply post(String login, String path) {
        return send(request(login, path).header("Accept", "application/json").POST(HttpRequest.BodyPublishers.noBody()));
    }

    Reply put(String login, String path, String json) {
        return send(request(login, path).header("Content-Type", "application/json").header("Accept", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** Whether the service reports ready now. */
    boolean ready() {
        try {
            HttpResponse<Void> r = http.send(HttpRequest.newBuilder(base.resolve("health/ready")).timeout(Duration.ofSeconds(5)).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
            return r.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private HttpRequest.Builder request(String login, String path) {
        String token = Base64.getEncoder().encodeToString((login + ":demo").getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(base.resolve(path.startsWith("/") ? path.substring(1) : path))
                .header("Authorization", "Basic " + token);
    }

    private Reply send(HttpRequest.Builder builder) {
        Duration left = Duration.between(Instant.now(), deadline);
        if (left.isNegative() || left.isZero()) {
            throw new TimeLimitReached();
        }
        try {
            HttpResponse<byte[]> r = http.send(builder.timeout(left).build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
        } catch (HttpTimeoutException e) {
            throw new TimeLimitReached();
        } catch (IOException e) {
            throw new IllegalStateException("HTTP request failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TimeLimitReached();
        }
    }

    /** The run's time limit passed: what is under way is given up. */
    static final class TimeLimitReached extends RuntimeException {
        TimeLimitReached() {
            super("the run's time limit (load.timeLimit) was reached", null, false, false);
        }
    }
}
