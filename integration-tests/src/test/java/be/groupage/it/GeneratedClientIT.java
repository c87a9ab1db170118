package be.groupage.it;

import be.groupage.client.ApiClient;
import be.groupage.client.ApiException;
import be.groupage.client.api.CyclesApi;
import be.groupage.client.api.InvoicesApi;
import be.groupage.client.model.CreateCycle201Response;
import be.groupage.client.model.CycleView;
import be.groupage.client.model.InvoiceSummaryView;
import be.groupage.client.model.NewCycle;
import be.groupage.client.model.NewLine;
import be.groupage.client.model.NewOrder;
import be.groupage.client.model.Problem;
import be.groupage.client.model.ReceivedLine;
import be.groupage.client.model.ReceptionRequest;
import be.groupage.client.model.ReceptionView;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static be.groupage.it.Fixtures.COOPERATIVE;
import static be.groupage.it.Fixtures.SEEDED_CATALOGUE;
import static be.groupage.it.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Programs are users too: the Java client that openapi-generator makes from the OpenAPI document (java.net.http and
 * Jackson, generated at build time from {@code src/test/openapi/groupage.json}, which {@code FoundationIT} holds equal
 * to the served document) compiles and drives a whole cycle, with nothing but its own classes and an HTTP Basic
 * header: the coordinator creates and opens a cycle, a buyer orders, the coordinator closes and sends it, the
 * cooperative records the delivery, finance issues the invoices, the buyer reads its invoice. A refusal reaches the
 * program as the documented {@code Problem}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GeneratedClientIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @ArquillianResource
    URL base;

    /** The generated client as the given demo account (password {@code demo}). */
    private ApiClient as(String login) {
        String root = base.toExternalForm();
        ApiClient client = new ApiClient();
        client.updateBaseUri(root.endsWith("/") ? root.substring(0, root.length() - 1) : root);
        String token = Base64.getEncoder().encodeToString((login + ":demo").getBytes(StandardCharsets.UTF_8));
        client.setRequestInterceptor(request -> request.header("Authorization", "Basic " + token));
        return client;
    }

    @Test
    void aWholeCycleThroughTheGeneratedClient() throws Exception {
        CyclesApi coordinator = new CyclesApi(as("coordinator"));
        CreateCycle201Response created = coordinator.createCycle(new NewCycle()
                .title("Client généré " + unique())
                .supplier(COOPERATIVE)
                .catalogue(BigDecimal.valueOf(SEEDED_CATALOGUE))
                .opensAt(Instant.now().minus(1, ChronoUnit.MINUTES).toString())
                .closesAt(Instant.now().plus(2, ChronoUnit.HOURS).toString())
                .deliveryDate(LocalDate.now().plusDays(7).toString())
                .caseRounding("ROUND_UP")
                .allocation("PROPORTIONAL"));
        assertThat(created.getStatus()).isEqualTo("DRAFT");
        BigDecimal id = created.getId();
        assertThat(coordinator.openCycle(id).getStatus()).isEqualTo("OPEN");

        // CPAS-NAMUR's buyer orders whole cases worth 322.90 € excl. VAT, over the cooperative's 250 € minimum
        CyclesApi buyer = new CyclesApi(as("cpas-namur"));
        buyer.replaceOrder(id, "CPAS-NAMUR", null, new NewOrder().purchaseOrderRef("PO-CLIENT-" + unique())
                .lines(List.of(line("HYG-003", 12), line("EPI-005", 12), line("CON-001", 12), line("MEN-003", 5))));

        // a buyer may not close a cycle: the program gets the documented 403 problem
        ApiException refused = catchThrowableOfType(ApiException.class, () -> buyer.closeCycle(id));
        assertThat(refused.getCode()).isEqualTo(403);
        Problem problem = as("cpas-namur").getObjectMapper().readValue(refused.getResponseBody(), Problem.class);
        assertThat(problem.getStatus()).isEqualTo(403);
        assertThat(problem.getType().toString()).endsWith("/forbidden");

        assertThat(coordinator.closeCycle(id).getStatus()).isEqualTo("CLOSED");
        CycleView sent = coordinator.sendCycle(id);
        assertThat(sent.getStatus()).isEqualTo("ORDERED");

        ReceptionView received = new CyclesApi(as("coop")).recordReception(id, new ReceptionRequest().lines(List.of(
                received("HYG-003", 12), received("EPI-005", 12), received("CON-001", 12), received("MEN-003", 5))));
        assertThat(received.getStatus()).isEqualTo("RECEIVED");

        InvoicesApi finance = new InvoicesApi(as("finance"));
        finance.issue(id);
        List<InvoiceSummaryView> invoices = finance.listCycleInvoices(id);
        assertThat(invoices).hasSize(1);
        InvoiceSummaryView invoice = invoices.get(0);
        assertThat(invoice.getMember()).isEqualTo("CPAS-NAMUR");
        assertThat(invoice.getNet()).isEqualByComparingTo("322.90"); // 12 × 11.90 + 12 × 4.20 + 12 × 3.10 + 5 × 18.50
        assertThat(invoice.getGross()).isEqualByComparingTo(invoice.getNet().add(invoice.getVat()));
        assertThat(coordinator.getCycle(id).getStatus()).isEqualTo("INVOICED");

        // the buyer reads its invoice: the summary, then the UBL as issued
        InvoicesApi buyersInvoices = new InvoicesApi(as("cpas-namur"));
        assertThat(buyersInvoices.listInvoices(id, null, null, null))
                .extracting(InvoiceSummaryView::getNumber).containsExactly(invoice.getNumber());
        assertThat(buyersInvoices.ublWithHttpInfo(invoice.getNumber(), Map.of("Accept", "application/xml")).getStatusCode())
                .isEqualTo(200);
    }

    private static NewLine line(String product, int quantity) {
        return new NewLine().product(product).quantity(BigDecimal.valueOf(quantity));
    }

    private static ReceivedLine received(String product, int quantity) {
        return new ReceivedLine().product(product).quantity(BigDecimal.valueOf(quantity)).lot(product + "-" + unique());
    }
}
