package be.groupage.service.infrastructure.peppol;

import be.groupage.core.delivery.ParticipantId;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Objects;

/**
 * The Peppol envelope (Standard Business Document Header, Peppol Envelope Specification 2.0) around a stored UBL,
 * written as bytes so that the business document inside is the stored UBL byte for byte: only its XML declaration
 * (and a byte-order mark) is left out, since an XML declaration cannot stand inside another document. Both must be
 * UTF-8, which the stored UBL is.
 */
final class SbdEnvelope {

    static final String NAMESPACE = "http://www.unece.org/cefact/namespaces/StandardBusinessDocumentHeader";

    private SbdEnvelope() {
    }

    /** The UBL without its XML declaration: the bytes the envelope carries. */
    static byte[] body(byte[] ubl) {
        int from = 0;
        if (ubl.length >= 3 && (ubl[0] & 0xFF) == 0xEF && (ubl[1] & 0xFF) == 0xBB && (ubl[2] & 0xFF) == 0xBF) {
            from = 3;
        }
        if (startsWith(ubl, from, "<?xml")) {
            int end = indexOf(ubl, from, "?>");
            if (end < 0) {
                throw new IllegalArgumentException("The UBL's XML declaration is not closed");
            }
            from = end + 2;
            while (from < ubl.length && (ubl[from] == '\n' || ubl[from] == '\r' || ubl[from] == ' ' || ubl[from] == '\t')) {
                from++;
            }
        }
        return Arrays.copyOfRange(ubl, from, ubl.length);
    }

    /**
     * The standard business document: the header naming sender, receiver, document type, process and country C1,
     * then the UBL.
     *
     * @param standard     the UBL namespace, {@code urn:oasis:names:specification:ubl:schema:xsd:Invoice-2}
     * @param type         the root element, {@code Invoice} or {@code CreditNote}
     * @param documentType the Peppol document type identifier value
     * @param process      the Peppol process identifier value
     */
    static byte[] wrap(ParticipantId sender, ParticipantId receiver, String standard, String type, String documentType, String process,
                       String countryC1, String instanceId, Instant createdAt, byte[] ubl) {
        Objects.requireNonNull(ubl, "ubl");
        String header = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<StandardBusinessDocument xmlns=\"" + NAMESPACE + "\">"
                + "<StandardBusinessDocumentHeader>"
                + "<HeaderVersion>1.0</HeaderVersion>"
                + "<Sender><Identifier Authority=\"" + ParticipantId.IDENTIFIER_SCHEME + "\">" + text(sender.text()) + "</Identifier></Sender>"
                + "<Receiver><Identifier Authority=\"" + ParticipantId.IDENTIFIER_SCHEME + "\">" + text(receiver.text()) + "</Identifier></Receiver>"
                + "<DocumentIdentification>"
                + "<Standard>" + text(standard) + "</Standard>"
                + "<TypeVersion>2.1</TypeVersion>"
                + "<InstanceIdentifier>" + text(instanceId) + "</InstanceIdentifier>"
                + "<Type>" + text(type) + "</Type>"
                + "<CreationDateAndTime>" + createdAt.truncatedTo(ChronoUnit.MILLIS) + "</CreationDateAndTime>"
                + "</DocumentIdentification>"
                + "<BusinessScope>"
                + "<Scope><Type>DOCUMENTID</Type><InstanceIdentifier>" + text(documentType) + "</InstanceIdentifier>"
                + "<Identifier>busdox-docid-qns</Identifier></Scope>"
                + "<Scope><Type>PROCESSID</Type><InstanceIdentifier>" + text(process) + "</InstanceIdentifier>"
                + "<Identifier>cenbii-procid-ubl</Identifier></Scope>"
                + "<Scope><Type>COUNTRY_C1</Type><InstanceIdentifier>" + text(countryC1) + "</InstanceIdentifier></Scope>"
                + "</BusinessScope>"
                + "</StandardBusinessDocumentHeader>";
        ByteArrayOutputStream out = new ByteArrayOutputStream(ubl.length + 2048);
        out.writeBytes(header.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(body(ubl));
        out.writeBytes("</StandardBusinessDocument>".getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static String text(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static boolean startsWith(byte[] bytes, int from, String prefix) {
        byte[] p = prefix.getBytes(StandardCharsets.US_ASCII);
        if (bytes.length - from < p.length) {
            return false;
        }
        return Arrays.equals(bytes, from, from + p.length, p, 0, p.length);
    }

    private static int indexOf(byte[] bytes, int from, String needle) {
        byte[] n = needle.getBytes(StandardCharsets.US_ASCII);
        for (int i = from; i <= bytes.length - n.length; i++) {
            if (Arrays.equals(bytes, i, i + n.length, n, 0, n.length)) {
                return i;
            }
        }
        return -1;
    }
}
