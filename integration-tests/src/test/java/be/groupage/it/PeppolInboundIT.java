package be.groupage.it;

import be.groupage.it.CooperativeInvoices.Invoiced;
import com.fasterxml.jackson.databind.JsonNode;
import com.helger.peppolid.factory.PeppolIdentifierFactory;
import com.helger.phase4.crypto.AS4CryptoFactoryInMemoryKeyStore;
import com.helger.phase4.ebms3header.Ebms3Error;
import com.helger.phase4.messaging.http.HttpRetrySettings;
import com.helger.phase4.peppol.Phase4PeppolSender;
import com.helger.phase4.sender.EAS4UserMessageSendResult;
import com.helger.scope.mgr.ScopeManager;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static be.groupage.it.Checks.byField;
import static be.groupage.it.Fixtures.cycle;
import static be.groupage.it.Fixtures.line;
import static be.groupage.it.Fixtures.memberOrder;
import static be.groupage.it.Fixtures.reception;
import static be.groupage.it.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Peppol receiving for real: a Payara Micro with the built WAR is started as an access point (its keystore made by
 * {@link TestAccessPoints}, seat {@code POP000001}, receiving for the platform's participant id), and the test plays the
 * cooperative's access point ({@code POP000002}): it sends the cooperative's BIS Billing 3.0 invoice for a received
 * cycle, in its SBD, with phase4's Peppol sender to the service's {@code /as4} (fixed endpoint and certificate, no SMP).
 * The signed AS4 receipt comes back; finance then sees the invoice through the API, arrived over Peppol, stored byte for
 * byte as it stood in the SBD, with the raised price flagged. The same invoice sent again is acknowledged and kept once.
 * An invoice naming a cycle that does not exist, and a document addressed to another participant, are answered with an
 * AS4 error carrying the reason; nothing is stored and the refusal is in the audit trail.
 */
class PeppolInboundIT {

    private static final String PLATFORM = "0208:" + Fixtures.kbo(4_455_667);
    private static final String COOPERATIVE_AP = "POP000002";
    private static final String INVOICE_TYPE = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2::Invoice"
            + "##urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0::2.1";
    private static final String BILLING = "urn:fdc:peppol.eu:2017:poacc:billing:01:1.0";
    private static final PeppolIdentifierFactory IDS = PeppolIdentifierFactory.INSTANCE;

    /** What the service answered one AS4 message: the send result, the receipt's id if any, the AS4 errors' details. */
    private record Answer(EAS4UserMessageSendResult result, String messageId, String receiptId, List<String> errors) {
    }

    @Test
    void theCooperativesInvoiceIsReceivedOverAs4MatchedAndKeptOnceWhileAnUnknownCycleIsRefusedWithAnAs4Error() throws Exception {
        TestAccessPoints keys = TestAccessPoints.create();
        try (ServiceInstance service = ServiceInstance.start("peppol-receiver-instance",
                "groupage.seed.dir=" + System.getProperty("groupage.seeds", "../seeds"),
                "groupage.peppol.keystore.path=" + keys.senderKeys.toAbsolutePath(),
                "groupage.peppol.keystore.password=" + TestAccessPoints.PASSWORD,
                "groupage.peppol.truststore.path=" + keys.senderTrust.toAbsolutePath(),
                "groupage.peppol.truststore.password=" + TestAccessPoints.PASSWORD,
                "groupage.peppol.sender-id=" + PLATFORM,
                // this instance sends nothing: its delivery timer stays out of the way
                "groupage.peppol.poll-seconds=3600")) {
            Fixtures fixtures = Fixtures.at(service.url());
            Api coordinator = fixtures.as("coordinator");
            Api finance = fixtures.as("finance");
            String endpoint = service.url().toString().replaceAll("/$", "") + "/as4";
            String cooperativeKbo = coordinator.get("/api/suppliers/" + Fixtures.COOPERATIVE).json().path("kbo").asText();
            String cooperative = "0208:" + cooperativeKbo;

            // the cooperative's invoice for a received cycle, the soap at 2.25 instead of the catalogue's 2.15
            long cycle = fixtures.received(cycle("Facture Peppol " + unique(), "ROUND_UP", "PROPORTIONAL"),
                    List.of(memberOrder("CPAS-NAMUR", "PO-" + unique(), line("LEG-001", "10"), line("CON-001", "12"), line("HYG-001", "96"))),
                    List.of(reception("LEG-001", null, "9.85", "TRY-" + unique(), null, null),
                            reception("CON-001", null, "12", "CONF-" + unique(), null, LocalDate.now().plusYears(1)),
                            reception("HYG-001", null, "96", "SAV-" + unique(), null, null)));
            String number = "F-" + unique();
            byte[] ubl = body(CooperativeInvoices.ubl(coordinator, cycle, number, cooperativeKbo,
                    Map.of("LEG-001", new Invoiced("9.85", "1.80"), "CON-001", new Invoiced("12", "3.10"), "HYG-001", new Invoiced("96", "2.25"))));

            Answer taken = send(keys, endpoint, cooperative, PLATFORM, ubl);
            assertThat(taken.result()).as(taken.toString()).isEqualTo(EAS4UserMessageSendResult.SUCCESS);
            assertThat(taken.receiptId()).as("the signed AS4 receipt").isNotBlank();
            assertThat(taken.errors()).isEmpty();

            JsonNode listed = finance.get("/api/cycles/" + cycle + "/supplier-invoices").json();
            assertThat(listed).as(listed.toString()).hasSize(1);
            JsonNode invoice = listed.get(0);
            assertThat(invoice.path("number").asText()).isEqualTo(number);
            assertThat(invoice.path("channel").asText()).as("arrived over Peppol").isEqualTo("PEPPOL");
            assertThat(invoice.path("receivedBy").asText()).isEqualTo("peppol");
            assertThat(invoice.path("matches").asBoolean()).isFalse();
            assertThat(invoice.path("linesWithFindings").asInt()).isEqualTo(1);
            long id = invoice.path("id").asLong();
            JsonNode soap = byField(finance.get("/api/supplier-invoices/" + id).json().path("lines"), "product", "HYG-001");
            assertThat(soap.path("state").asText()).isEqualTo("DIFFERS");
            JsonNode price = soap.path("findings").get(0);
            assertThat(price.path("kind").asText()).isEqualTo("PRICE_DIFFERS");
            assertThat(price.path("difference").decimalValue()).isEqualByComparingTo("0.10");
            assertThat(price.path("amount").decimalValue()).as("96 × 0.10 on the line").isEqualByComparingTo("9.60");
            assertThat(finance.get("/api/supplier-invoices/" + id + "/ubl", "application/xml").bytes())
                    .as("the business document as it stood in the SBD").isEqualTo(ubl);
            assertThat(Stored.auditCount("SUPPLIER_INVOICE_RECEIVED", String.valueOf(id))).isEqualTo(1);

            // the same invoice again (a sender's retry): acknowledged, kept once, the repetition audited
            Answer again = send(keys, endpoint, cooperative, PLATFORM, ubl);
            assertThat(again.result()).as(again.toString()).isEqualTo(EAS4UserMessageSendResult.SUCCESS);
            assertThat(again.receiptId()).isNotBlank();
            assertThat(finance.get("/api/cycles/" + cycle + "/supplier-invoices").json()).hasSize(1);
            assertThat(Stored.count("SELECT COUNT(*) FROM supplier_invoice WHERE number = ?", number)).isEqualTo(1);
            assertThat(Stored.auditCount("SUPPLIER_INVOICE_PEPPOL_REPEATED", String.valueOf(id))).isEqualTo(1);

            // an invoice for a cycle that does not exist: an AS4 error with the reason, nothing stored, the refusal audited
            String unknownNumber = "F-" + unique();
            byte[] unknown = body(CooperativeInvoices.ubl(coordinator, cycle, unknownNumber, cooperativeKbo,
                    Map.of("LEG-001", new Invoiced("9.85", "1.80"))).replace(">CYCLE-" + cycle + "<", ">CYCLE-999999999<"));
            Answer refused = send(keys, endpoint, cooperative, PLATFORM, unknown);
            assertThat(refused.result()).as(refused.toString()).isNotEqualTo(EAS4UserMessageSendResult.SUCCESS);
            assertThat(refused.receiptId()).as("no receipt").isNull();
            assertThat(refused.errors()).as(refused.toString()).anySatisfy(e -> assertThat(e).contains("names no cycle: CYCLE-999999999"));
            assertThat(Stored.count("SELECT COUNT(*) FROM supplier_invoice WHERE number = ?", unknownNumber)).isZero();
            assertThat(Stored.auditCount("SUPPLIER_INVOICE_PEPPOL_REFUSED", refused.messageId())).isEqualTo(1);

            // a document addressed to another participant is not ours to take
            String elsewhereNumber = "F-" + unique();
            byte[] elsewhere = body(CooperativeInvoices.ubl(coordinator, cycle, elsewhereNumber, cooperativeKbo,
                    Map.of("LEG-001", new Invoiced("9.85", "1.80"))));
            Answer misdirected = send(keys, endpoint, cooperative, "0208:" + Fixtures.kbo(1_234_567), elsewhere);
            assertThat(misdirected.receiptId()).isNull();
            assertThat(misdirected.errors()).as(misdirected.toString()).anySatisfy(e -> assertThat(e).contains("receives for " + PLATFORM));
            assertThat(Stored.count("SELECT COUNT(*) FROM supplier_invoice WHERE number = ?", elsewhereNumber)).isZero();
            assertThat(Stored.auditCount("SUPPLIER_INVOICE_PEPPOL_REFUSED", misdirected.messageId())).isEqualTo(1);
            assertThat(finance.get("/api/cycles/" + cycle + "/supplier-invoices").json()).hasSize(1);
        }
    }

    /** The UBL as it stands inside the SBD: without its XML declaration. */
    private static byte[] body(String ubl) {
        return ubl.substring(ubl.indexOf("?>") + 2).strip().getBytes(StandardCharsets.UTF_8);
    }

    /** Sends the UBL in its SBD from the cooperative's access point to the service's endpoint, and reads the answer. */
    private static Answer send(TestAccessPoints keys, String endpoint, String sender, String receiver, byte[] ubl) throws Exception {
        if (!ScopeManager.isGlobalScopePresent()) {
            ScopeManager.onGlobalBegin("peppol-inbound-it");
        }
        X509Certificate serviceCertificate;
        try (InputStream in = Files.newInputStream(keys.senderCertificate)) {
            serviceCertificate = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
        String messageId = UUID.randomUUID() + "@cooperative";
        List<String> errors = new ArrayList<>();
        String[] receipt = new String[1];
        EAS4UserMessageSendResult result = Phase4PeppolSender.sbdhBuilder()
                .cryptoFactory(new AS4CryptoFactoryInMemoryKeyStore(keys.load(keys.receiverKeys), TestAccessPoints.ALIAS,
                        TestAccessPoints.PASSWORD.toCharArray(), keys.load(keys.receiverTrust)))
                .senderParticipantID(IDS.createParticipantIdentifierWithDefaultScheme(sender))
                .receiverParticipantID(IDS.createParticipantIdentifierWithDefaultScheme(receiver))
                .documentTypeID(IDS.createDocumentTypeIdentifierWithDefaultScheme(INVOICE_TYPE))
                .processID(IDS.createProcessIdentifierWithDefaultScheme(BILLING))
                .senderPartyID(COOPERATIVE_AP)
                .countryC1("BE")
                .messageID(messageId)
                .payload(sbd(sender, receiver, ubl))
                .receiverEndpointDetails(serviceCertificate, endpoint)
                .checkReceiverAPCertificate(false)
                .httpRetrySettings(new HttpRetrySettings().setMaxRetries(0))
                .signalMsgConsumer((signal, metadata, state) -> {
                    if (signal.getReceipt() != null && signal.getMessageInfo() != null) {
                        receipt[0] = signal.getMessageInfo().getMessageId();
                    }
                    for (Ebms3Error error : signal.getError()) {
                        errors.add(error.getErrorCode() + " " + error.getErrorDetail());
                    }
                })
                .sendMessageAndCheckForReceipt();
        return new Answer(result, messageId, receipt[0], errors);
    }

    /** The Peppol SBD around the UBL, as the cooperative's access point writes it. */
    private static byte[] sbd(String sender, String receiver, byte[] ubl) {
        String header = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<StandardBusinessDocument xmlns=\"http://www.unece.org/cefact/namespaces/StandardBusinessDocumentHeader\">"
                + "<StandardBusinessDocumentHeader><HeaderVersion>1.0</HeaderVersion>"
                + "<Sender><Identifier Authority=\"iso6523-actorid-upis\">" + sender + "</Identifier></Sender>"
                + "<Receiver><Identifier Authority=\"iso6523-actorid-upis\">" + receiver + "</Identifier></Receiver>"
                + "<DocumentIdentification><Standard>urn:oasis:names:specification:ubl:schema:xsd:Invoice-2</Standard>"
                + "<TypeVersion>2.1</TypeVersion><InstanceIdentifier>" + UUID.randomUUID() + "</InstanceIdentifier>"
                + "<Type>Invoice</Type><CreationDateAndTime>" + Instant.now().truncatedTo(ChronoUnit.MILLIS) + "</CreationDateAndTime>"
                + "</DocumentIdentification><BusinessScope>"
                + "<Scope><Type>DOCUMENTID</Type><InstanceIdentifier>" + INVOICE_TYPE + "</InstanceIdentifier>"
                + "<Identifier>busdox-docid-qns</Identifier></Scope>"
                + "<Scope><Type>PROCESSID</Type><InstanceIdentifier>" + BILLING + "</InstanceIdentifier>"
                + "<Identifier>cenbii-procid-ubl</Identifier></Scope>"
                + "<Scope><Type>COUNTRY_C1</Type><InstanceIdentifier>BE</InstanceIdentifier></Scope>"
                + "</BusinessScope></StandardBusinessDocumentHeader>";
        byte[] head = header.getBytes(StandardCharsets.UTF_8);
        byte[] tail = "</StandardBusinessDocument>".getBytes(StandardCharsets.UTF_8);
        byte[] sbd = new byte[head.length + ubl.length + tail.length];
        System.arraycopy(head, 0, sbd, 0, head.length);
        System.arraycopy(ubl, 0, sbd, head.length, ubl.length);
        System.arraycopy(tail, 0, sbd, head.length + ubl.length, tail.length);
        return sbd;
    }
}
