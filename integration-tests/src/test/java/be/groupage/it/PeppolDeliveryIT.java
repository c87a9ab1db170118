package be.groupage.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import static be.groupage.it.Fixtures.line;
import static be.groupage.it.Fixtures.memberOrder;
import static be.groupage.it.Fixtures.reception;
import static be.groupage.it.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Peppol delivery for real: a local AS4 access point ({@link LocalAs4Receiver}: phase4's request handler with the
 * Peppol profile, a self-signed key made by {@link TestAccessPoints}, no SMP) listens on a loopback port, and a Payara
 * Micro with the built WAR is started with the sender's keystore and that fixed endpoint. The invoices of a cycle are
 * delivered: the receiver gets each one, and the business document inside the SBD is the stored UBL byte for byte
 * (as the API serves it, less its XML declaration, which cannot stand inside the envelope); the service records the AS4
 * receipt (state DELIVERED, message and receipt ids). Then the receiver goes down, a credit note is issued: its
 * delivery fails, is retried on the schedule and ends FAILED with the reason and no attempt left, and is listed as
 * failed; once the receiver is back, finance sees it failed on the finance page and resends it with its button (the
 * page calls {@code POST /api/deliveries/{number}/resend}), and it is delivered.
 */
class PeppolDeliveryIT {

    private static final List<String> MEMBERS = List.of("CPAS-NAMUR", "CPAS-ANDENNE", "CPAS-GEMBLOUX", "CPAS-DINANT");
    /** Bound on each wait for the service's timer; never a condition of the test. */
    private static final long WAIT_SECONDS = 120;
    private static final String SENDER = "0208:" + Fixtures.kbo(4_455_667);

    @Test
    void issuedInvoicesReachTheAccessPointAsStoredAndAFailedCreditNoteIsRetriedThenResent() throws Exception {
        TestAccessPoints keys = TestAccessPoints.create();
        LocalAs4Receiver receiver = LocalAs4Receiver.start(0, keys.load(keys.receiverKeys), TestAccessPoints.ALIAS,
                TestAccessPoints.PASSWORD.toCharArray(), keys.load(keys.receiverTrust));
        try (ServiceInstance service = ServiceInstance.start("peppol-sender-instance",
                "groupage.seed.dir=" + System.getProperty("groupage.seeds", "../seeds"),
                "groupage.peppol.keystore.path=" + keys.senderKeys.toAbsolutePath(),
                "groupage.peppol.keystore.password=" + TestAccessPoints.PASSWORD,
                "groupage.peppol.truststore.path=" + keys.senderTrust.toAbsolutePath(),
                "groupage.peppol.truststore.password=" + TestAccessPoints.PASSWORD,
                "groupage.peppol.sender-id=" + SENDER,
                "groupage.peppol.endpoint.url=" + receiver.endpoint(),
                "groupage.peppol.endpoint.certificate=" + keys.receiverCertificate.toAbsolutePath(),
                "groupage.peppol.poll-seconds=1",
                "groupage.peppol.retry.first-seconds=1",
                "groupage.peppol.retry.factor=1",
                "groupage.peppol.retry.max-seconds=1",
                "groupage.peppol.retry.max-attempts=2")) {
            Fixtures fixtures = Fixtures.at(service.url());
            Api finance = fixtures.as("finance");

            JsonNode status = finance.get("/api/deliveries/status").json();
            assertThat(status.path("configured").asBoolean()).as(status.toString()).isTrue();
            assertThat(status.path("accessPoint").asText()).contains("fixed endpoint " + receiver.endpoint()).contains(SENDER);

            // the invoices of a cycle are delivered, each the stored UBL byte for byte, and their receipts recorded
            long cycle = receivedCycle(fixtures);
            List<String> numbers = new ArrayList<>();
            fixtures.issueInvoices(cycle).json().forEach(i -> numbers.add(i.path("number").asText()));
            assertThat(numbers).hasSize(MEMBERS.size());
            for (String number : numbers) {
                JsonNode delivered = awaitState(finance, number, "DELIVERED", service);
                assertThat(delivered.path("kind").asText()).isEqualTo("INVOICE");
                assertThat(delivered.path("recipient").asText()).startsWith("0208:");
                assertThat(delivered.path("attempts").asInt()).isEqualTo(1);
                assertThat(delivered.path("receiptId").asText()).isNotBlank();
                assertThat(delivered.path("deliveredAt").asText()).isNotBlank();
                assertThat(delivered.path("resendable").asBoolean()).isFalse();

                LocalAs4Receiver.Received received = receivedWith(receiver, delivered.path("messageId").asText());
                assertThat(received.fromParty()).as("the sending access point's seat").isEqualTo("POP000001");
                byte[] stored = finance.get("/api/invoices/" + number, "application/xml").bytes();
                assertThat(businessDocument(received.payload())).as("the UBL of " + number + " as received")
                        .isEqualTo(withoutXmlDeclaration(stored));
                String header = new String(received.payload(), StandardCharsets.UTF_8);
                assertThat(header).contains(">" + SENDER + "</Identifier></Sender>")
                        .contains(">" + delivered.path("recipient").asText() + "</Identifier></Receiver>")
                        .contains("urn:oasis:names:specification:ubl:schema:xsd:Invoice-2::Invoice##");
                assertThat(Stored.column("SELECT receipt_id FROM peppol_delivery WHERE kind = 'INVOICE' AND number = ?", number))
                        .containsExactly(delivered.path("receiptId").asText());
            }
            assertThat(receiver.received().stream().filter(r -> numbers.stream().anyMatch(n -> contains(r.payload(), "<cbc:ID>" + n + "</cbc:ID>"))))
                    .as("each invoice received once").hasSize(numbers.size());

            // a delivered document is not resent; a state that does not exist is a 400 naming the field
            Api.Reply notAgain = finance.post("/api/deliveries/" + numbers.get(0) + "/resend", "application/json", "");
            assertThat(notAgain.status()).as(notAgain.toString()).isEqualTo(409);
            assertThat(notAgain.contentType()).startsWith("application/problem+json");
            Api.Reply badState = finance.get("/api/deliveries?state=LOST");
            assertThat(badState.status()).as(badState.toString()).isEqualTo(400);
            assertThat(badState.json().path("errors").get(0).path("field").asText()).isEqualTo("state");
            assertThat(fixtures.as("coordinator").post("/api/deliveries/" + numbers.get(0) + "/resend", "application/json", "").status())
                    .as("only finance resends").isEqualTo(403);

            // the receiver is down: the credit note's delivery fails, is retried, and is left to a person
            receiver.close();
            String invoice = numbers.get(1);
            Api.Reply credited = finance.postJson("/api/invoices/" + invoice + "/credit-notes", Map.of("reason", "Livraison refusée"));
            assertThat(credited.status()).as(credited.toString()).isEqualTo(201);
            String note = credited.json().path("number").asText();
            JsonNode failed = awaitThat("the delivery of " + note + " has failed with no attempt left", () -> {
                JsonNode d = delivery(finance, note);
                return d != null && "FAILED".equals(d.path("state").asText()) && !d.hasNonNull("nextAttemptAt") ? d : null;
            }, service);
            assertThat(failed.path("kind").asText()).isEqualTo("CREDIT_NOTE");
            assertThat(failed.path("attempts").asInt()).as("retried on the schedule").isEqualTo(2);
            assertThat(failed.path("reason").asText()).as("the reason").isNotBlank().containsIgnoringCase("transport");
            assertThat(failed.path("resendable").asBoolean()).isTrue();
            JsonNode failedList = finance.get("/api/deliveries?state=FAILED").json();
            assertThat(failedList.findValuesAsText("number")).contains(note);

            // the finance page shows it failed, with its reason and a resend button; once the receiver is back, finance resends
            receiver = receiver.restart();
            try (Browser browser = Browser.open(service.url())) {
                browser.signIn("finance", "demo", "finance.html");
                browser.wait.until(d -> d.findElement(By.id("peppol")).isDisplayed());
                browser.selectValue(By.id("peppol-state"), "FAILED");
                browser.find(By.cssSelector("#peppol-filters button[type=submit]")).click();
                browser.wait.until(d -> d.findElements(By.cssSelector("#peppol-deliveries tr[data-delivery='" + note + "']")).size() == 1);
                String row = browser.text(By.cssSelector("#peppol-deliveries tr[data-delivery='" + note + "']"));
                assertThat(row).contains("Échec").contains("Note de crédit").contains("plus d’essai automatique");
                assertThat(browser.text(By.id("peppol-status"))).contains("fixed endpoint");
                browser.screenshot("60-finance-peppol-echec");
                browser.find(By.cssSelector("button[data-resend='" + note + "']")).click();
                browser.waitForText(By.id("peppol-message"), "sera renvoyé");
            }
            JsonNode delivered = awaitState(finance, note, "DELIVERED", service);
            LocalAs4Receiver.Received received = receivedWith(receiver, delivered.path("messageId").asText());
            assertThat(businessDocument(received.payload())).as("the UBL of credit note " + note + " as received")
                    .isEqualTo(withoutXmlDeclaration(finance.get("/api/invoices/" + note, "application/xml").bytes()));
            assertThat(new String(received.payload(), StandardCharsets.UTF_8))
                    .contains("urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2::CreditNote##");
            assertThat(Stored.auditCount("PEPPOL_DELIVERY_RESENT", note)).isEqualTo(1);
        } finally {
            receiver.close();
        }
    }

    /** Four members ordering forty kilograms of carrots each, delivered as ordered. */
    private static long receivedCycle(Fixtures fixtures) {
        List<Fixtures.MemberOrder> orders = MEMBERS.stream().map(m -> memberOrder(m, "PO-" + unique(), line("LEG-001", "40"))).toList();
        Map<String, Object> settings = Fixtures.cycle("Peppol " + unique(), "ROUND_UP", "PROPORTIONAL");
        settings.put("deliveryDate", LocalDate.now().plusDays(3).toString());
        return fixtures.received(settings, orders, List.of(reception("LEG-001", null, String.valueOf(40 * MEMBERS.size()))));
    }

    private static JsonNode delivery(Api finance, String number) {
        Api.Reply reply = finance.get("/api/deliveries/" + number);
        if (reply.status() == 404) {
            return null;
        }
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json();
    }

    private static JsonNode awaitState(Api finance, String number, String state, ServiceInstance service) throws Exception {
        return awaitThat("the delivery of " + number + " is " + state, () -> {
            JsonNode d = delivery(finance, number);
            return d != null && state.equals(d.path("state").asText()) ? d : null;
        }, service);
    }

    private static LocalAs4Receiver.Received receivedWith(LocalAs4Receiver receiver, String messageId) {
        Optional<LocalAs4Receiver.Received> found = receiver.received().stream().filter(r -> r.messageId().equals(messageId)).findFirst();
        assertThat(found).as("the receiver got AS4 message " + messageId).isPresent();
        return found.get();
    }

    /** The business document of an SBD: what follows the header, up to the envelope's end tag. */
    static byte[] businessDocument(byte[] sbd) {
        int from = indexOf(sbd, "</StandardBusinessDocumentHeader>".getBytes(StandardCharsets.UTF_8), 0);
        assertThat(from).as("an SBD header").isPositive();
        from += "</StandardBusinessDocumentHeader>".length();
        byte[] end = "</StandardBusinessDocument>".getBytes(StandardCharsets.UTF_8);
        int to = -1;
        for (int i = indexOf(sbd, end, from); i >= 0; i = indexOf(sbd, end, i + 1)) {
            to = i;
        }
        assertThat(to).as("the SBD's end tag").isPositive();
        return Arrays.copyOfRange(sbd, from, to);
    }

    /** The UBL less its XML declaration (and the line break after it). */
    static byte[] withoutXmlDeclaration(byte[] ubl) {
        String start = new String(ubl, 0, Math.min(ubl.length, 200), StandardCharsets.UTF_8);
        assertThat(start).startsWith("<?xml");
        int from = indexOf(ubl, "?>".getBytes(StandardCharsets.UTF_8), 0) + 2;
        while (from < ubl.length && (ubl[from] == '\n' || ubl[from] == '\r')) {
            from++;
        }
        return Arrays.copyOfRange(ubl, from, ubl.length);
    }

    private static boolean contains(byte[] bytes, String text) {
        return indexOf(bytes, text.getBytes(StandardCharsets.UTF_8), 0) >= 0;
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        for (int i = from; i <= haystack.length - needle.length; i++) {
            if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        return -1;
    }

    private interface Probe {
        JsonNode value() throws Exception;
    }

    /** Polls until the probe answers; fails after {@link #WAIT_SECONDS} with the end of the service's log. */
    private static JsonNode awaitThat(String what, Probe probe, ServiceInstance service) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (true) {
            JsonNode value = probe.value();
            if (value != null) {
                return value;
            }
            if (System.nanoTime() > deadline) {
                String log = service.logText();
                throw new AssertionError("Not within " + WAIT_SECONDS + " s: " + what + "; the service's log ends with:\n"
                        + log.substring(Math.max(0, log.length() - 6000)));
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(300));
        }
    }
}
