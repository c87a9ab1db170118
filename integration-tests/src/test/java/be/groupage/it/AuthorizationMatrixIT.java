package be.groupage.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every role against every endpoint. Writes are sent with an empty body, so an allowed caller gets a 400
 * (validation) and nothing is written, while a caller without the role gets 403 before any validation,
 * and nobody signed in gets 401. Tenancy: a buyer or supplier asking for someone else's data gets 404.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuthorizationMatrixIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @ArquillianResource
    URL base;

    /** The demo accounts, one per role. */
    static final Map<String, String> ROLES = Map.of(
            "COORDINATOR", "coordinator",
            "FINANCE", "finance",
            "SUPPLIER", "coop",
            "BUYER", "cpas-namur");

    /** One endpoint: how to call it and which roles may. */
    record Endpoint(String method, String path, String contentType, String body, Set<String> allowed) {
        static Endpoint get(String path, String... roles) {
            return new Endpoint("GET", path, null, null, Set.of(roles));
        }

        static Endpoint write(String method, String path, String... roles) {
            return new Endpoint(method, path, "application/json", "{}", Set.of(roles));
        }

        static Endpoint csv(String path, String... roles) {
            return new Endpoint("POST", path, "text/csv", "code;name\n", Set.of(roles));
        }
    }

    static final String[] EVERYONE = {"COORDINATOR", "FINANCE", "SUPPLIER", "BUYER"};
    static final long NO_CYCLE = 987_654_321L;

    static List<Endpoint> endpoints() {
        return List.of(
                Endpoint.get("/api/members", "COORDINATOR"),
                Endpoint.write("POST", "/api/members", "COORDINATOR"),
                Endpoint.get("/api/members/CPAS-NAMUR", "COORDINATOR", "BUYER"),
                Endpoint.get("/api/users", "COORDINATOR"),
                Endpoint.write("POST", "/api/users", "COORDINATOR"),
                Endpoint.get("/api/suppliers", "COORDINATOR", "SUPPLIER"),
                Endpoint.write("POST", "/api/suppliers", "COORDINATOR"),
                Endpoint.get("/api/suppliers/COOP-NAMUR", "COORDINATOR", "SUPPLIER"),
                Endpoint.get("/api/suppliers/COOP-NAMUR/catalogues", "COORDINATOR", "SUPPLIER"),
                Endpoint.csv("/api/suppliers/COOP-NAMUR/catalogues", "COORDINATOR", "SUPPLIER"),
                Endpoint.get("/api/catalogues/1/products", EVERYONE),
                Endpoint.get("/api/settings/issuer", "COORDINATOR"),
                Endpoint.write("PUT", "/api/settings/issuer", "COORDINATOR"),
                Endpoint.get("/api/framework-agreements", "COORDINATOR"),
                Endpoint.write("POST", "/api/framework-agreements", "COORDINATOR"),
                Endpoint.get("/api/framework-agreements/NO-SUCH-AGREEMENT", "COORDINATOR"),
                Endpoint.write("POST", "/api/cycles", "COORDINATOR"),
                Endpoint.get("/api/cycles", EVERYONE),
                Endpoint.get("/api/cycles?status=OPEN", EVERYONE),
                // A cycle that does not exist: the role is checked before anything is looked up or changed.
                Endpoint.get("/api/cycles/" + NO_CYCLE, EVERYONE),
                Endpoint.write("POST", "/api/cycles/" + NO_CYCLE + "/open", "COORDINATOR"),
                Endpoint.write("POST", "/api/cycles/" + NO_CYCLE + "/close", "COORDINATOR"),
                Endpoint.write("POST", "/api/cycles/" + NO_CYCLE + "/send", "COORDINATOR"),
                Endpoint.write("POST", "/api/cycles/" + NO_CYCLE + "/cancel", "COORDINATOR"),
                Endpoint.write("POST", "/api/cycle-templates", "COORDINATOR"),
                Endpoint.get("/api/cycle-templates", "COORDINATOR"),
                Endpoint.get("/api/cycle-templates/" + NO_CYCLE, "COORDINATOR"),
                new Endpoint("DELETE", "/api/cycle-templates/" + NO_CYCLE, null, null, Set.of("COORDINATOR")),
                Endpoint.write("PUT", "/api/cycles/" + NO_CYCLE + "/orders/CPAS-NAMUR", "COORDINATOR", "BUYER"),
                Endpoint.get("/api/cycles/" + NO_CYCLE + "/orders/CPAS-NAMUR", "COORDINATOR", "BUYER"),
                Endpoint.get("/api/cycles/" + NO_CYCLE + "/consolidation", "COORDINATOR", "SUPPLIER"),
                Endpoint.get("/api/cycles/" + NO_CYCLE + "/case-fill", EVERYONE),
                Endpoint.write("POST", "/api/cycles/" + NO_CYCLE + "/reception", "COORDINATOR", "SUPPLIER"),
                Endpoint.get("/api/lots/NO-SUCH-LOT/recipients", "COORDINATOR"),
                Endpoint.get("/api/reports/members?from=2026-01-01&to=2026-12-31", "COORDINATOR", "FINANCE"),
                Endpoint.write("POST", "/api/cycles/" + NO_CYCLE + "/invoices", "COORDINATOR", "FINANCE"),
                Endpoint.get("/api/cycles/" + NO_CYCLE + "/invoices", "COORDINATOR", "FINANCE", "BUYER"),
                Endpoint.get("/api/cycles/" + NO_CYCLE + "/invoices.zip", "COORDINATOR", "FINANCE"),
                Endpoint.get("/api/cycles/" + NO_CYCLE + "/purchase-order", "COORDINATOR", "SUPPLIER"),
                Endpoint.get("/api/invoices", "COORDINATOR", "FINANCE", "BUYER"),
                Endpoint.get("/api/invoices/2026-999999", "COORDINATOR", "FINANCE", "BUYER"),
                Endpoint.write("POST", "/api/invoices/2026-999999/credit-notes", "COORDINATOR", "FINANCE"),
                Endpoint.get("/api/exports/accounting.csv?from=2026-01-01&to=2026-12-31", "COORDINATOR", "FINANCE"),
                Endpoint.get("/api/payments/statements", "COORDINATOR", "FINANCE"),
                new Endpoint("POST", "/api/payments/statements", "text/plain", "not a CODA file", Set.of("COORDINATOR", "FINANCE")),
                Endpoint.get("/api/payments/unmatched", "COORDINATOR", "FINANCE"),
                Endpoint.write("POST", "/api/payments/unmatched/" + NO_CYCLE + "/confirmation", "COORDINATOR", "FINANCE"),
                Endpoint.get("/api/payments/receivables", "COORDINATOR", "FINANCE", "BUYER"),
                Endpoint.get("/api/payments/receivables/2026-999999", "COORDINATOR", "FINANCE", "BUYER"),
                Endpoint.get("/api/payments/aged-balance", "COORDINATOR", "FINANCE"),
                Endpoint.get("/api/payments/export.csv?from=2026-01-01&to=2026-12-31", "COORDINATOR", "FINANCE"),
                Endpoint.get("/api/reminders/due", "COORDINATOR", "FINANCE"),
                Endpoint.get("/api/reminders/policy", "COORDINATOR", "FINANCE"),
                Endpoint.get("/api/reminders", "COORDINATOR", "FINANCE"),
                // a letters' date that is not a date: an allowed caller gets 400 and no reminder is sent
                Endpoint.write("POST", "/api/reminders?date=not-a-date", "COORDINATOR", "FINANCE"),
                Endpoint.get("/api/reminders/" + NO_CYCLE + "/pdf", "COORDINATOR", "FINANCE"),
                Endpoint.get("/api/deliveries", "COORDINATOR", "FINANCE"),
                Endpoint.get("/api/deliveries/status", "COORDINATOR", "FINANCE"),
                Endpoint.get("/api/deliveries/2026-999999", "COORDINATOR", "FINANCE"),
                Endpoint.write("POST", "/api/deliveries/2026-999999/resend", "FINANCE"),
                new Endpoint("POST", "/api/cycles/" + NO_CYCLE + "/supplier-invoices", "application/xml", "<Invoice/>", Set.of("FINANCE")),
                Endpoint.get("/api/cycles/" + NO_CYCLE + "/supplier-invoices", "COORDINATOR", "FINANCE"),
                Endpoint.get("/api/supplier-invoices/" + NO_CYCLE, "COORDINATOR", "FINANCE"),
                Endpoint.get("/api/supplier-invoices/" + NO_CYCLE + "/ubl", "COORDINATOR", "FINANCE"),
                Endpoint.write("PUT", "/api/supplier-invoices/" + NO_CYCLE + "/decision", "FINANCE"));
    }

    @Test
    void everyRoleGetsWhatItMayAndNothingElse() {
        List<String> wrong = new ArrayList<>();
        for (Endpoint endpoint : endpoints()) {
            Api.Reply anonymous = call(Api.at(base), endpoint);
            if (anonymous.status() != 401) {
                wrong.add(endpoint.method() + " " + endpoint.path() + " anonymous → " + anonymous.status());
            }
            for (Map.Entry<String, String> role : ROLES.entrySet()) {
                Api.Reply reply = call(Api.at(base).demo(role.getValue()), endpoint);
                boolean allowed = endpoint.allowed().contains(role.getKey());
                boolean ok = allowed ? reply.status() != 401 && reply.status() != 403 && reply.status() < 500 : reply.status() == 403;
                if (!ok) {
                    wrong.add(endpoint.method() + " " + endpoint.path() + " as " + role.getKey() + " → " + reply.status()
                            + (allowed ? " (allowed)" : " (should be 403)"));
                }
                if (reply.status() >= 400) {
                    assertThat(reply.contentType()).as(endpoint + " as " + role.getKey()).startsWith("application/problem+json");
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void aBuyerOrSupplierAskingForSomeoneElsesDataGets404() {
        assertThat(Api.at(base).demo("cpas-namur").get("/api/members/CPAS-ANDENNE").status()).isEqualTo(404);
        assertThat(Api.at(base).demo("cpas-andenne").get("/api/members/CPAS-NAMUR").status()).isEqualTo(404);
        assertThat(Api.at(base).demo("coop").get("/api/suppliers/NO-SUCH-COOP").status()).isEqualTo(404);
    }

    private static Api.Reply call(Api api, Endpoint endpoint) {
        HttpRequest.Builder request = api.request(endpoint.path());
        if (endpoint.body() == null) {
            request.method(endpoint.method(), HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", endpoint.contentType())
                    .method(endpoint.method(), HttpRequest.BodyPublishers.ofString(endpoint.body()));
        }
        return api.send(request.build());
    }
}
