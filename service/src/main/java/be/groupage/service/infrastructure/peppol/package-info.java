/**
 * The Peppol network through phase4: {@code Phase4PeppolGateway} sends a stored UBL over AS4 (wrapped, byte for byte,
 * in a Peppol SBDH by {@code SbdEnvelope}), to a fixed endpoint or to the one the recipient's SMP names, signed and
 * encrypted with the access point's keystore, and reports the AS4 receipt; {@code Phase4PeppolInbox} receives AS4
 * messages with phase4's request handler and the same keys ({@code AccessPointKeys}), reads each SBD and hands its
 * business document to the recipient the entry point gives, answering the receipt or an AS4 error; {@code PeppolSettings} reads the access
 * point's configuration (MicroProfile Config, kept in {@code config/}, never in the repository).
 *
 * <p>May depend on: {@code core}, {@code application.port.delivery}, {@code application.port.supplierinvoices}, MicroProfile Config, Jakarta EE and phase4 with
 * its libraries (ph-commons, peppol-commons, the SMP client). Knows nothing of JPA, SQL nor JAX-RS.
 */
package be.groupage.service.infrastructure.peppol;
