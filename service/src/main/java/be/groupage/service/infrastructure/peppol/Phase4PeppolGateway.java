package be.groupage.service.infrastructure.peppol;

import be.groupage.core.delivery.DocumentKind;
import be.groupage.core.delivery.InvalidParticipantIdException;
import be.groupage.core.delivery.ParticipantId;
import be.groupage.core.delivery.RetrySchedule;
import be.groupage.service.application.port.delivery.PeppolGateway;
import com.helger.peppol.security.PeppolTrustedCA;
import com.helger.peppol.sml.ESML;
import com.helger.peppolid.IDocumentTypeIdentifier;
import com.helger.peppolid.IParticipantIdentifier;
import com.helger.peppolid.IProcessIdentifier;
import com.helger.peppolid.factory.PeppolIdentifierFactory;
import com.helger.phase4.crypto.IAS4CryptoFactory;
import com.helger.phase4.messaging.http.HttpRetrySettings;
import com.helger.phase4.peppol.Phase4PeppolSender;
import com.helger.phase4.sender.EAS4UserMessageSendResult;
import com.helger.phase4.util.Phase4Exception;
import com.helger.smpclient.exception.SMPClientException;
import com.helger.smpclient.peppol.SMPClientReadOnly;
import com.helger.smpclient.url.SMPDNSResolutionException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends a stored UBL over Peppol AS4 with phase4: wrapped in its SBDH ({@link SbdEnvelope}), signed and encrypted with
 * the access point's key, to the fixed endpoint of the configuration or to the endpoint the recipient's SMP names
 * (found through the production or test SML), and waits for the signed AS4 receipt. A recipient the SML or its SMP does
 * not know is reported as not on Peppol; everything else that goes wrong is a failure with its reason.
 */
@ApplicationScoped
public class Phase4PeppolGateway implements PeppolGateway {

    private static final Logger LOG = Logger.getLogger(Phase4PeppolGateway.class.getName());

    static final String PROCESS = "urn:fdc:peppol.eu:2017:poacc:billing:01:1.0";
    static final String CUSTOMIZATION = "urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0";
    static final String INVOICE_NS = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2";
    static final String CREDIT_NOTE_NS = "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2";

    private static final PeppolIdentifierFactory IDS = PeppolIdentifierFactory.INSTANCE;

    @Inject
    PeppolSettings settings;

    @Inject
    Clock clock;

    @Inject
    Phase4Scope scope;

    /** The access point's keys, read once; a configuration that cannot be read is read again at the next attempt. */
    private volatile AccessPoint accessPoint;

    /** What sending needs from the configuration, read and checked. */
    private record AccessPoint(IAS4CryptoFactory crypto, ParticipantId sender, String seatId, Optional<X509Certificate> endpointCertificate) {
    }

    @Override
    public boolean configured() {
        return settings.configured();
    }

    @Override
    public String description() {
        if (!settings.configured()) {
            return "not configured (no keystore: groupage.peppol.keystore.path)";
        }
        return settings.endpointUrl().map(url -> "fixed endpoint " + url)
                .orElse("SMP lookup through the " + (settings.testNetwork() ? "test" : "production") + " SML")
                + settings.senderId().map(s -> ", sender " + s).orElse(", no sender identifier (groupage.peppol.sender-id)");
    }

    @Override
    public RetrySchedule retrySchedule() {
        return settings.retrySchedule();
    }

    @Override
    public Duration lease() {
        return settings.lease();
    }

    @Override
    public Outcome send(Outgoing document) {
        AccessPoint ap;
        try {
            ap = accessPoint();
        } catch (GeneralSecurityException | IOException | IllegalStateException | InvalidParticipantIdException e) {
            LOG.log(Level.WARNING, "The Peppol access point configuration cannot be used", e);
            return new Failure("The access point configuration cannot be used: " + e.getMessage());
        }
        boolean invoice = document.kind() == DocumentKind.INVOICE;
        String type = invoice ? "Invoice" : "CreditNote";
        String standard = invoice ? INVOICE_NS : CREDIT_NOTE_NS;
        String documentType = standard + "::" + type + "##" + CUSTOMIZATION + "::2.1";
        IParticipantIdentifier sender = IDS.createParticipantIdentifierWithDefaultScheme(ap.sender().text());
        IParticipantIdentifier receiver = IDS.createParticipantIdentifierWithDefaultScheme(document.recipient().text());
        IDocumentTypeIdentifier documentTypeId = IDS.createDocumentTypeIdentifierWithDefaultScheme(documentType);
        IProcessIdentifier processId = IDS.createProcessIdentifierWithDefaultScheme(PROCESS);
        byte[] sbd = SbdEnvelope.wrap(ap.sender(), document.recipient(), standard, type, documentType, PROCESS, settings.countryC1(),
                UUID.randomUUID().toString(), clock.instant(), document.ubl());
        String messageId = UUID.randomUUID() + "@groupage";

        Phase4PeppolSender.PeppolUserMessageSBDHBuilder builder = Phase4PeppolSender.sbdhBuilder()
                .cryptoFactory(ap.crypto())
                .senderParticipantID(sender)
                .receiverParticipantID(receiver)
                .documentTypeID(documentTypeId)
                .processID(processId)
                .senderPartyID(ap.seatId())
                .countryC1(settings.countryC1())
                .messageID(messageId)
                .payload(sbd)
                // the retries are ours (core's schedule, visible in the delivery), not a hidden loop inside one attempt
                .httpRetrySettings(new HttpRetrySettings().setMaxRetries(0));
        Optional<String> fixed = settings.endpointUrl();
        if (fixed.isPresent()) {
            builder.receiverEndpointDetails(ap.endpointCertificate().orElseThrow(), fixed.get()).checkReceiverAPCertificate(false);
        } else {
            try {
                SMPClientReadOnly smp = new SMPClientReadOnly(Phase4PeppolSender.URL_PROVIDER, receiver,
                        settings.testNetwork() ? ESML.DIGIT_TEST : ESML.DIGIT_PRODUCTION);
                if (smp.getServiceMetadataOrNull(receiver, documentTypeId, null) == null) {
                    return new NotOnPeppol(document.recipient().text() + " does not receive " + type + " documents over Peppol (its SMP lists no endpoint)");
                }
                builder.smpClient(smp).peppolAP_CAChecker(settings.testNetwork() ? PeppolTrustedCA.peppolTestAP() : PeppolTrustedCA.peppolProductionAP());
            } catch (SMPDNSResolutionException e) {
                return new NotOnPeppol(document.recipient().text() + " is not registered on the Peppol network (participant not found in the SML)");
            } catch (SMPClientException e) {
                return new Failure("The SMP of " + document.recipient().text() + " could not be read: " + e.getMessage());
            }
        }

        AtomicReference<String> receiptId = new AtomicReference<>();
        AtomicReference<Phase4Exception> problem = new AtomicReference<>();
        builder.signalMsgConsumer((signal, metadata, state) -> {
            if (signal.getReceipt() != null && signal.getMessageInfo() != null) {
                receiptId.set(signal.getMessageInfo().getMessageId());
            }
        });
        EAS4UserMessageSendResult result;
        try {
            result = builder.sendMessageAndCheckForReceipt(problem::set);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Sending " + document.number() + " over Peppol failed", e);
            return new Failure(document.number() + " was not sent: " + e);
        }
        String why = result.getID() + Optional.ofNullable(problem.get()).map(e -> ": " + causes(e)).orElse("");
        if (result == EAS4UserMessageSendResult.SUCCESS && receiptId.get() != null) {
            return new Receipt(messageId, receiptId.get());
        }
        if (result == EAS4UserMessageSendResult.SUCCESS || result == EAS4UserMessageSendResult.NO_SIGNAL_MESSAGE_RECEIVED
                || result == EAS4UserMessageSendResult.INVALID_SIGNAL_MESSAGE_RECEIVED) {
            return new NoReceipt(messageId, why);
        }
        return new Failure(why);
    }

    private static String causes(Throwable e) {
        StringBuilder text = new StringBuilder(String.valueOf(e.getMessage()));
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            text.append(" <- ").append(cause.getClass().getSimpleName()).append(": ").append(cause.getMessage());
        }
        return text.toString();
    }

    private synchronized AccessPoint accessPoint() throws GeneralSecurityException, IOException {
        if (accessPoint != null) {
            return accessPoint;
        }
        scope.begin();
        AccessPointKeys keys = AccessPointKeys.read(settings);
        ParticipantId sender = ParticipantId.parse(settings.senderId()
                .orElseThrow(() -> new IllegalStateException("No sender participant identifier (groupage.peppol.sender-id)")));
        String seat = settings.seatId().orElseGet(() -> commonName(keys.certificate()));
        Optional<X509Certificate> endpoint = Optional.empty();
        if (settings.endpointUrl().isPresent()) {
            String path = settings.endpointCertificate()
                    .orElseThrow(() -> new IllegalStateException("A fixed endpoint needs its certificate (groupage.peppol.endpoint.certificate)"));
            try (InputStream in = Files.newInputStream(Path.of(path))) {
                endpoint = Optional.of((X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in));
            }
        }
        accessPoint = new AccessPoint(keys.crypto(), sender, seat, endpoint);
        LOG.info(() -> "Peppol access point " + seat + " sending as " + sender + ": " + description());
        return accessPoint;
    }

    /** The CN of a certificate's subject: a Peppol access point's seat identifier, e.g. {@code PBE000123}. */
    static String commonName(X509Certificate certificate) {
        try {
            for (Rdn rdn : new LdapName(certificate.getSubjectX500Principal().getName()).getRdns()) {
                if ("CN".equalsIgnoreCase(rdn.getType())) {
                    return rdn.getValue().toString();
                }
            }
        } catch (javax.naming.InvalidNameException e) {
            throw new IllegalStateException("The access point certificate's subject cannot be read", e);
        }
        throw new IllegalStateException("The access point certificate has no CN (its seat identifier): name it with groupage.peppol.seat-id");
    }
}
