package be.groupage.service.infrastructure.peppol;

import be.groupage.service.application.port.supplierinvoices.PeppolInbox;
import com.helger.base.io.iface.IHasInputStream;
import com.helger.collection.commons.CommonsArrayList;
import com.helger.collection.commons.ICommonsList;
import com.helger.http.header.HttpHeaderMap;
import com.helger.mime.IMimeType;
import com.helger.peppol.sbdh.PeppolSBDHData;
import com.helger.peppol.sbdh.PeppolSBDHDataReadException;
import com.helger.peppol.sbdh.PeppolSBDHDataReader;
import com.helger.peppolid.factory.PeppolIdentifierFactory;
import com.helger.phase4.attachment.IAS4IncomingAttachmentFactory;
import com.helger.phase4.attachment.WSS4JAttachment;
import com.helger.phase4.ebms3header.Ebms3SignalMessage;
import com.helger.phase4.ebms3header.Ebms3UserMessage;
import com.helger.phase4.error.AS4ErrorList;
import com.helger.phase4.incoming.AS4IncomingMessageMetadata;
import com.helger.phase4.incoming.AS4IncomingProfileSelectorConstant;
import com.helger.phase4.incoming.AS4IncomingReceiverConfiguration;
import com.helger.phase4.incoming.AS4RequestHandler;
import com.helger.phase4.incoming.IAS4IncomingMessageMetadata;
import com.helger.phase4.incoming.IAS4IncomingMessageState;
import com.helger.phase4.incoming.IAS4ResponseAbstraction;
import com.helger.phase4.incoming.crypto.AS4IncomingSecurityConfiguration;
import com.helger.phase4.incoming.spi.AS4MessageProcessorResult;
import com.helger.phase4.incoming.spi.AS4SignalMessageProcessorResult;
import com.helger.phase4.incoming.spi.IAS4IncomingMessageProcessorSPI;
import com.helger.phase4.model.error.EEbmsError;
import com.helger.phase4.model.pmode.IPMode;
import com.helger.phase4.model.pmode.resolve.AS4DefaultPModeResolver;
import com.helger.phase4.profile.peppol.AS4PeppolProfileRegistarSPI;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Receives Peppol AS4 messages with phase4's request handler (the one phase4's servlet runs) and the Peppol AS4
 * profile: the signature is checked against the truststore, the payload decrypted with the access point's key and
 * decompressed, the P-Mode resolved, and a message id seen before recognised by phase4. Each user message must carry
 * one SBD (read with peppol-commons' SBDH reader) addressed to our participant id ({@code groupage.peppol.sender-id});
 * its business document is cut from the SBD byte for byte and handed to the recipient, whose refusal becomes an AS4
 * error ({@code EBMS:0004}, its reason in the error detail) instead of the receipt.
 */
@ApplicationScoped
public class Phase4PeppolInbox implements PeppolInbox {

    private static final Logger LOG = Logger.getLogger(Phase4PeppolInbox.class.getName());
    private static final Pattern HEADER_END = Pattern.compile("</(?:[A-Za-z_][\\w.-]*:)?StandardBusinessDocumentHeader\\s*>");
    private static final Pattern SBD_END = Pattern.compile("</(?:[A-Za-z_][\\w.-]*:)?StandardBusinessDocument\\s*>");

    @Inject
    PeppolSettings settings;

    @Inject
    Phase4Scope scope;

    private volatile AccessPointKeys keys;

    @Override
    public boolean enabled() {
        return settings.receiving();
    }

    @Override
    public String description() {
        if (!settings.configured()) {
            return "not receiving (no keystore: groupage.peppol.keystore.path)";
        }
        if (settings.senderId().isEmpty()) {
            return "not receiving (no participant identifier: groupage.peppol.sender-id)";
        }
        return settings.receiving() ? "receiving for " + settings.senderId().get() + " at /as4" : "not receiving (groupage.peppol.inbound.enabled=false)";
    }

    @Override
    public Reply handle(Request request, Recipient recipient) {
        AccessPointKeys ap;
        try {
            ap = keys();
        } catch (GeneralSecurityException | IOException | RuntimeException e) {
            LOG.log(Level.SEVERE, "The Peppol access point configuration cannot be used to receive", e);
            return new Reply(503, Optional.of("text/plain"), Map.of(), "The access point cannot receive now.".getBytes(StandardCharsets.UTF_8));
        }
        HttpHeaderMap headers = new HttpHeaderMap();
        request.headers().forEach((name, values) -> values.forEach(v -> headers.addHeader(name, v)));
        Answer answer = new Answer();
        try (AS4RequestHandler handler = new AS4RequestHandler(AS4IncomingMessageMetadata.createForRequest()
                .setRemoteAddr(request.remoteAddress()).setRemotePort(request.remotePort()))) {
            handler.setCryptoFactory(ap.crypto())
                    .setPModeResolver(new AS4DefaultPModeResolver(AS4PeppolProfileRegistarSPI.AS4_PROFILE_ID))
                    .setIncomingProfileSelector(new AS4IncomingProfileSelectorConstant(AS4PeppolProfileRegistarSPI.AS4_PROFILE_ID))
                    .setIncomingReceiverConfiguration(new AS4IncomingReceiverConfiguration().setReceiverEndpointAddress(request.url()))
                    .setIncomingSecurityConfiguration(AS4IncomingSecurityConfiguration.createDefaultInstance())
                    .setIncomingAttachmentFactory(IAS4IncomingAttachmentFactory.DEFAULT_INSTANCE)
                    .setProcessorSupplier(() -> new CommonsArrayList<>(new Processor(recipient)));
            handler.handleRequest(request.body(), headers, answer);
        } catch (Exception e) {
            // not an AS4 message phase4 can answer at all (no SOAP, unreadable MIME): the sender learns it from the status
            LOG.log(Level.WARNING, "An AS4 request from " + request.remoteAddress() + " could not be processed", e);
            return new Reply(400, Optional.of("text/plain"), Map.of(),
                    ("Not an AS4 message this access point can process: " + e.getMessage()).getBytes(StandardCharsets.UTF_8));
        }
        Map<String, List<String>> extra = new LinkedHashMap<>();
        answer.headers.forEachSingleHeader((name, value) -> extra.computeIfAbsent(name, n -> new ArrayList<>()).add(value), false);
        return new Reply(answer.status, Optional.ofNullable(answer.mimeType), extra, answer.content == null ? new byte[0] : answer.content);
    }

    private synchronized AccessPointKeys keys() throws GeneralSecurityException, IOException {
        if (keys == null) {
            scope.begin();
            keys = AccessPointKeys.read(settings);
            LOG.info(() -> "Peppol access point " + Phase4PeppolGateway.commonName(keys.certificate()) + ": " + description());
        }
        return keys;
    }

    /** Reads the SBD of each user message and hands its business document to the recipient. */
    private final class Processor implements IAS4IncomingMessageProcessorSPI {

        private final Recipient recipient;

        Processor(Recipient recipient) {
            this.recipient = recipient;
        }

        @Override
        public AS4MessageProcessorResult processAS4UserMessage(IAS4IncomingMessageMetadata metadata, HttpHeaderMap headers,
                                                               Ebms3UserMessage userMessage, IPMode pmode, Node payload,
                                                               ICommonsList<WSS4JAttachment> attachments, IAS4IncomingMessageState state,
                                                               AS4ErrorList errors) {
            String messageId = userMessage.getMessageInfo() == null ? "" : userMessage.getMessageInfo().getMessageId();
            String from = userMessage.getPartyInfo() == null || userMessage.getPartyInfo().getFrom() == null
                    || userMessage.getPartyInfo().getFrom().getPartyIdCount() == 0 ? "" : userMessage.getPartyInfo().getFrom().getPartyIdAtIndex(0).getValue();
            Incoming incoming;
            if (attachments == null || attachments.size() != 1) {
                incoming = unreadable(messageId, from, "A Peppol AS4 message carries exactly one payload, the SBD; this one has "
                        + (attachments == null ? 0 : attachments.size()));
            } else {
                try (InputStream in = attachments.get(0).getSourceStream()) {
                    incoming = incoming(messageId, from, in.readAllBytes());
                } catch (IOException e) {
                    incoming = unreadable(messageId, from, "The payload cannot be read: " + e.getMessage());
                }
            }
            Decision decision;
            try {
                decision = recipient.take(incoming);
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "AS4 message " + messageId + " could not be taken", e);
                decision = new Decision.Refused("The document could not be taken now; send it again later.");
            }
            if (decision instanceof Decision.Refused refused) {
                errors.add(EEbmsError.EBMS_OTHER.errorBuilder(Locale.US).refToMessageInError(messageId).errorDetail(refused.reason()).build());
                return AS4MessageProcessorResult.createFailure();
            }
            return AS4MessageProcessorResult.createSuccess();
        }

        @Override
        public AS4SignalMessageProcessorResult processAS4SignalMessage(IAS4IncomingMessageMetadata metadata, HttpHeaderMap headers,
                                                                       Ebms3SignalMessage signal, IPMode pmode, IAS4IncomingMessageState state,
                                                                       AS4ErrorList errors) {
            // receipts and errors of our own sending come back synchronously to the sender, never here
            return AS4SignalMessageProcessorResult.createSuccess();
        }

        @Override
        public void processAS4ResponseMessage(IAS4IncomingMessageMetadata metadata, IAS4IncomingMessageState state, String messageId,
                                              byte[] response, boolean wasSent, AS4ErrorList errors) {
            // the receipt or error goes back synchronously; nothing to keep
        }
    }

    private Incoming incoming(String messageId, String from, byte[] sbd) {
        PeppolSBDHData data;
        try {
            data = new PeppolSBDHDataReader(PeppolIdentifierFactory.INSTANCE).extractData(new ByteArrayInputStream(sbd));
        } catch (PeppolSBDHDataReadException | RuntimeException e) {
            return unreadable(messageId, from, "The payload is not a Peppol SBD: " + e.getMessage());
        }
        String receiver = data.getReceiverValue();
        String us = settings.senderId().orElse("");
        Optional<String> problem = Optional.empty();
        if (!"iso6523-actorid-upis".equalsIgnoreCase(data.getReceiverScheme()) || !us.equalsIgnoreCase(receiver)) {
            problem = Optional.of("The document is addressed to " + data.getReceiverScheme() + "::" + receiver
                    + "; this access point receives for " + us + " only");
        }
        byte[] document = new byte[0];
        if (problem.isEmpty()) {
            Optional<byte[]> cut = businessDocument(sbd);
            if (cut.isPresent()) {
                document = cut.get();
            } else {
                problem = Optional.of("The business document inside the SBD cannot be read on its own (UTF-8 XML whose namespaces are declared on it)");
            }
        }
        return new Incoming(messageId, from, data.getSenderValue(), receiver, data.getDocumentTypeValue(), data.getProcessValue(),
                data.getInstanceIdentifier(), document, problem);
    }

    private static Incoming unreadable(String messageId, String from, String problem) {
        return new Incoming(messageId, from, "", "", "", "", "", new byte[0], Optional.of(problem));
    }

    /**
     * The business document exactly as it stands in the SBD, between the header's end and the envelope's end tag,
     * when it is well-formed XML by itself (its namespaces declared on it, as a UBL document's are).
     */
    static Optional<byte[]> businessDocument(byte[] sbd) {
        String text = new String(sbd, StandardCharsets.UTF_8);
        Matcher header = HEADER_END.matcher(text);
        if (!header.find()) {
            return Optional.empty();
        }
        int from = header.end();
        int to = -1;
        Matcher end = SBD_END.matcher(text);
        while (end.find(to < 0 ? from : to + 1)) {
            to = end.start();
        }
        if (to < 0) {
            return Optional.empty();
        }
        byte[] document = text.substring(from, to).strip().getBytes(StandardCharsets.UTF_8);
        return wellFormed(document) ? Optional.of(document) : Optional.empty();
    }

    private static boolean wellFormed(byte[] xml) {
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            // namespace-aware: a prefix the cut document does not declare itself is a fatal error
            factory.newSAXParser().parse(new InputSource(new ByteArrayInputStream(xml)), new DefaultHandler());
            return true;
        } catch (SAXException | IOException | ParserConfigurationException e) {
            return false;
        }
    }

    /** What phase4 answers, collected for the HTTP reply. */
    private static final class Answer implements IAS4ResponseAbstraction {
        int status = 200;
        String mimeType;
        byte[] content;
        final HttpHeaderMap headers = new HttpHeaderMap();

        @Override
        public void setContent(byte[] bytes, Charset charset) {
            content = bytes;
        }

        @Override
        public void setContent(HttpHeaderMap extraHeaders, IHasInputStream stream) {
            extraHeaders.forEachSingleHeader(headers::addHeader, false);
            try (InputStream in = stream.getInputStream(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                in.transferTo(out);
                content = out.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void setMimeType(IMimeType type) {
            mimeType = type.getAsString();
        }

        @Override
        public void setStatus(int code) {
            status = code;
        }
    }
}
