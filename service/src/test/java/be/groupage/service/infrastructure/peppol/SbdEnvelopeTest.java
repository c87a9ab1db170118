package be.groupage.service.infrastructure.peppol;

import be.groupage.core.delivery.ParticipantId;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class SbdEnvelopeTest {

    private static final String UBL_BODY = "<Invoice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\"><ID>2026-000001 é €</ID></Invoice>";

    @Test
    void theBodyIsTheUblWithoutItsXmlDeclaration() {
        byte[] ubl = ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" + UBL_BODY).getBytes(StandardCharsets.UTF_8);

        assertThat(SbdEnvelope.body(ubl)).isEqualTo(UBL_BODY.getBytes(StandardCharsets.UTF_8));
        assertThat(SbdEnvelope.body(UBL_BODY.getBytes(StandardCharsets.UTF_8))).isEqualTo(UBL_BODY.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theEnvelopeCarriesTheStoredBytesAndNamesSenderReceiverDocumentAndProcess() throws Exception {
        byte[] ubl = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\r\n" + UBL_BODY).getBytes(StandardCharsets.UTF_8);
        String documentType = Phase4PeppolGateway.INVOICE_NS + "::Invoice##" + Phase4PeppolGateway.CUSTOMIZATION + "::2.1";

        byte[] sbd = SbdEnvelope.wrap(ParticipantId.parse("0208:0203201340"), ParticipantId.parse("0208:0417497106"),
                Phase4PeppolGateway.INVOICE_NS, "Invoice", documentType, Phase4PeppolGateway.PROCESS, "BE", "id-1",
                Instant.parse("2026-03-02T09:00:00Z"), ubl);

        byte[] body = UBL_BODY.getBytes(StandardCharsets.UTF_8);
        assertThat(indexOf(sbd, body)).as("the UBL inside, byte for byte").isPositive();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document parsed = factory.newDocumentBuilder().parse(new ByteArrayInputStream(sbd));
        assertThat(parsed.getDocumentElement().getLocalName()).isEqualTo("StandardBusinessDocument");
        assertThat(parsed.getElementsByTagNameNS(SbdEnvelope.NAMESPACE, "Identifier").item(0).getTextContent()).isEqualTo("0208:0203201340");
        assertThat(parsed.getElementsByTagNameNS(SbdEnvelope.NAMESPACE, "Identifier").item(1).getTextContent()).isEqualTo("0208:0417497106");
        assertThat(new String(sbd, StandardCharsets.UTF_8)).contains("<InstanceIdentifier>" + documentType + "</InstanceIdentifier>")
                .contains("<Type>COUNTRY_C1</Type><InstanceIdentifier>BE</InstanceIdentifier>");
        assertThat(parsed.getElementsByTagNameNS("urn:oasis:names:specification:ubl:schema:xsd:Invoice-2", "ID").item(0).getTextContent())
                .isEqualTo("2026-000001 é €");
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        return -1;
    }
}
