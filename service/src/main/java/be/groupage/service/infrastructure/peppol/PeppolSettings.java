package be.groupage.service.infrastructure.peppol;

import be.groupage.core.delivery.RetrySchedule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.Optional;

/**
 * The access point's configuration, from MicroProfile Config (environment {@code GROUPAGE_PEPPOL_…} or
 * {@code -Dgroupage.peppol.…}; see {@code config/groupage.env.example} and {@code docs/peppol.md}). Without a keystore
 * delivery is not configured: deliveries stay queued and say so.
 */
@ApplicationScoped
public class PeppolSettings {

    @Inject
    @ConfigProperty(name = "groupage.peppol.keystore.path")
    Optional<String> keystorePath;

    @Inject
    @ConfigProperty(name = "groupage.peppol.keystore.type", defaultValue = "PKCS12")
    String keystoreType;

    @Inject
    @ConfigProperty(name = "groupage.peppol.keystore.password")
    Optional<String> keystorePassword;

    @Inject
    @ConfigProperty(name = "groupage.peppol.key.alias")
    Optional<String> keyAlias;

    @Inject
    @ConfigProperty(name = "groupage.peppol.key.password")
    Optional<String> keyPassword;

    @Inject
    @ConfigProperty(name = "groupage.peppol.truststore.path")
    Optional<String> truststorePath;

    @Inject
    @ConfigProperty(name = "groupage.peppol.truststore.type", defaultValue = "PKCS12")
    String truststoreType;

    @Inject
    @ConfigProperty(name = "groupage.peppol.truststore.password")
    Optional<String> truststorePassword;

    @Inject
    @ConfigProperty(name = "groupage.peppol.sender-id")
    Optional<String> senderId;

    @Inject
    @ConfigProperty(name = "groupage.peppol.seat-id")
    Optional<String> seatId;

    @Inject
    @ConfigProperty(name = "groupage.peppol.endpoint.url")
    Optional<String> endpointUrl;

    @Inject
    @ConfigProperty(name = "groupage.peppol.endpoint.certificate")
    Optional<String> endpointCertificate;

    @Inject
    @ConfigProperty(name = "groupage.peppol.sml", defaultValue = "production")
    String sml;

    @Inject
    @ConfigProperty(name = "groupage.peppol.country-c1", defaultValue = "BE")
    String countryC1;

    @Inject
    @ConfigProperty(name = "groupage.peppol.retry.first-seconds", defaultValue = "60")
    long retryFirstSeconds;

    @Inject
    @ConfigProperty(name = "groupage.peppol.retry.factor", defaultValue = "4")
    int retryFactor;

    @Inject
    @ConfigProperty(name = "groupage.peppol.retry.max-seconds", defaultValue = "21600")
    long retryMaxSeconds;

    @Inject
    @ConfigProperty(name = "groupage.peppol.retry.max-attempts", defaultValue = "6")
    int retryMaxAttempts;

    @Inject
    @ConfigProperty(name = "groupage.peppol.lease-seconds", defaultValue = "300")
    long leaseSeconds;

    @Inject
    @ConfigProperty(name = "groupage.peppol.inbound.enabled", defaultValue = "true")
    boolean inboundEnabled;

    /** Whether a keystore is configured: without one nothing is sent. */
    public boolean configured() {
        return present(keystorePath).isPresent();
    }

    /** Whether documents are received at {@code /as4}: with a keystore and our participant id, unless switched off. */
    boolean receiving() {
        return inboundEnabled && configured() && senderId().isPresent();
    }

    Optional<String> keystorePath() {
        return present(keystorePath);
    }

    String keystoreType() {
        return keystoreType;
    }

    char[] keystorePassword() {
        return present(keystorePassword).orElse("").toCharArray();
    }

    Optional<String> keyAlias() {
        return present(keyAlias);
    }

    char[] keyPassword() {
        return present(keyPassword).map(String::toCharArray).orElseGet(this::keystorePassword);
    }

    Optional<String> truststorePath() {
        return present(truststorePath);
    }

    String truststoreType() {
        return truststoreType;
    }

    char[] truststorePassword() {
        return present(truststorePassword).orElse("").toCharArray();
    }

    Optional<String> senderId() {
        return present(senderId);
    }

    Optional<String> seatId() {
        return present(seatId);
    }

    /** The fixed endpoint every document goes to, instead of an SMP lookup (tests, a single known partner). */
    Optional<String> endpointUrl() {
        return present(endpointUrl);
    }

    Optional<String> endpointCertificate() {
        return present(endpointCertificate);
    }

    /** Whether the SML of the Peppol test network is used rather than the production one. */
    boolean testNetwork() {
        return "test".equalsIgnoreCase(sml.strip());
    }

    String countryC1() {
        return countryC1.strip();
    }

    RetrySchedule retrySchedule() {
        return new RetrySchedule(Duration.ofSeconds(retryFirstSeconds), retryFactor, Duration.ofSeconds(retryMaxSeconds), retryMaxAttempts);
    }

    Duration lease() {
        return Duration.ofSeconds(leaseSeconds);
    }

    private static Optional<String> present(Optional<String> value) {
        return value.map(String::strip).filter(v -> !v.isEmpty());
    }
}
