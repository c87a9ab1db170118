package be.groupage.service.infrastructure.peppol;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The business document is cut from the received SBD byte for byte, or not at all when it cannot stand alone. */
class Phase4PeppolInboxTest {

    private static final String UBL = "<Invoice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\""
            + " xmlns:cbc=\"urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2\">\n  <cbc:ID>F-1</cbc:ID>\n</Invoice>";

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theDocumentAfterTheHeaderIsCutAsItStands() {
        byte[] sbd = utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<StandardBusinessDocument xmlns=\"" + SbdEnvelope.NAMESPACE + "\">"
                + "<StandardBusinessDocumentHeader><HeaderVersion>1.0</HeaderVersion></StandardBusinessDocumentHeader>"
                + UBL + "</StandardBusinessDocument>\n");

        assertThat(Phase4PeppolInbox.businessDocument(sbd)).hasValue(utf8(UBL));
    }

    @Test
    void aPrefixedEnvelopeAndANonAsciiNameAreCutToo() {
        String ubl = UBL.replace("F-1", "Pommes été €");
        byte[] sbd = utf8("<sh:StandardBusinessDocument xmlns:sh=\"" + SbdEnvelope.NAMESPACE + "\">"
                + "<sh:StandardBusinessDocumentHeader><sh:HeaderVersion>1.0</sh:HeaderVersion></sh:StandardBusinessDocumentHeader >\n"
                + ubl + "\n</sh:StandardBusinessDocument>");

        assertThat(Phase4PeppolInbox.businessDocument(sbd)).hasValue(utf8(ubl));
    }

    @Test
    void aDocumentLeaningOnTheEnvelopesNamespacesIsNotCut() {
        byte[] sbd = utf8("<StandardBusinessDocument xmlns=\"" + SbdEnvelope.NAMESPACE + "\""
                + " xmlns:cbc=\"urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2\">"
                + "<StandardBusinessDocumentHeader></StandardBusinessDocumentHeader>"
                + "<Invoice><cbc:ID>F-1</cbc:ID></Invoice></StandardBusinessDocument>");

        assertThat(Phase4PeppolInbox.businessDocument(sbd)).isEmpty();
    }

    @Test
    void anSbdWithoutHeaderOrEndIsNotCut() {
        assertThat(Phase4PeppolInbox.businessDocument(utf8(UBL))).isEmpty();
        assertThat(Phase4PeppolInbox.businessDocument(utf8("<StandardBusinessDocument><StandardBusinessDocumentHeader/>"))).isEmpty();
    }
}
