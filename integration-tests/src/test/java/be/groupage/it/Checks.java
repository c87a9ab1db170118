package be.groupage.it;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/** What a client checks in the API's answers: refusals as problem+json, and finding a row in a JSON array. */
final class Checks {

    private Checks() {
    }

    /** 400, told as application/problem+json. */
    static void assertBadRequest(Api.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().path("status").asInt()).isEqualTo(400);
    }

    /** 403, told as application/problem+json. */
    static void assertForbidden(Api.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(403);
        assertThat(reply.contentType()).startsWith("application/problem+json");
    }

    /** The fields a 400 names, in its {@code errors} array. */
    static List<String> fields(JsonNode problem) {
        return problem.path("errors").findValues("field").stream().map(JsonNode::asText).toList();
    }

    /** One product's row of a consolidation. */
    static JsonNode product(JsonNode consolidation, String code) {
        return byField(consolidation.path("products"), "product", code);
    }

    /** One product's line of a member's order. */
    static JsonNode orderLine(JsonNode order, String product) {
        return byField(order.path("lines"), "product", product);
    }

    static JsonNode byField(JsonNode array, String field, String value) {
        for (JsonNode node : array) {
            if (value.equals(node.path(field).asText())) {
                return node;
            }
        }
        throw new AssertionError("No " + field + " " + value + " in " + array);
    }

    /** Sends both requests at the same moment, each from its own thread, and waits for both answers. */
    static List<Api.Reply> atOnce(Supplier<Api.Reply> one, Supplier<Api.Reply> other) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            Future<Api.Reply> first = threads.submit(() -> {
                start.await();
                return one.get();
            });
            Future<Api.Reply> second = threads.submit(() -> {
                start.await();
                return other.get();
            });
            start.countDown();
            return List.of(first.get(90, TimeUnit.SECONDS), second.get(90, TimeUnit.SECONDS));
        } finally {
            threads.shutdownNow();
        }
    }
}
