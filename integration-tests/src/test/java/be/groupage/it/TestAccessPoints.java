package be.groupage.it;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two self-signed Peppol access points made at test time with the JDK's {@code keytool} under {@code target/}: ours
 * (the service's sender, seat {@code POP000001}) and the local receiver's ({@code POP000002}), each with a truststore
 * holding the other's certificate, and each certificate as PEM (the fixed endpoint's certificate: the receiver's when
 * the service sends, ours when the service receives and the receiver's key sends to it). Nothing of it is in the
 * repository.
 */
final class TestAccessPoints {

    static final String PASSWORD = "peppol-it-" + Long.toHexString(Double.doubleToLongBits(Math.random()));
    static final String ALIAS = "ap";

    final Path dir;
    final Path senderKeys;
    final Path senderTrust;
    final Path receiverKeys;
    final Path receiverTrust;
    final Path receiverCertificate;
    final Path senderCertificate;

    private TestAccessPoints(Path dir) {
        this.dir = dir;
        this.senderKeys = dir.resolve("sender-ap.p12");
        this.senderTrust = dir.resolve("sender-trust.p12");
        this.receiverKeys = dir.resolve("receiver-ap.p12");
        this.receiverTrust = dir.resolve("receiver-trust.p12");
        this.receiverCertificate = dir.resolve("receiver-ap.pem");
        this.senderCertificate = dir.resolve("sender-ap.pem");
    }

    static TestAccessPoints create() throws IOException, InterruptedException {
        Path dir = Path.of(System.getProperty("groupage.it.workDir", "target"), "peppol-it");
        Files.createDirectories(dir);
        TestAccessPoints ap = new TestAccessPoints(dir);
        for (Path p : List.of(ap.senderKeys, ap.senderTrust, ap.receiverKeys, ap.receiverTrust, ap.receiverCertificate,
                ap.senderCertificate)) {
            Files.deleteIfExists(p);
        }
        ap.keyPair(ap.senderKeys, "CN=POP000001, OU=PEPPOL TEST AP, O=Groupage IT, C=BE");
        ap.keyPair(ap.receiverKeys, "CN=POP000002, OU=PEPPOL TEST AP, O=Local receiver, C=BE");
        ap.export(ap.senderKeys, ap.senderCertificate);
        ap.export(ap.receiverKeys, ap.receiverCertificate);
        ap.trust(ap.receiverCertificate, ap.senderTrust);
        ap.trust(ap.senderCertificate, ap.receiverTrust);
        return ap;
    }

    KeyStore load(Path store) throws IOException, GeneralSecurityException {
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            keys.load(in, PASSWORD.toCharArray());
        }
        return keys;
    }

    private void keyPair(Path store, String subject) throws IOException, InterruptedException {
        keytool("-genkeypair", "-alias", ALIAS, "-keyalg", "RSA", "-keysize", "2048", "-sigalg", "SHA256withRSA", "-validity", "30",
                "-dname", subject, "-storetype", "PKCS12", "-keystore", store.toString(), "-storepass", PASSWORD, "-keypass", PASSWORD);
    }

    private void export(Path store, Path pem) throws IOException, InterruptedException {
        keytool("-exportcert", "-rfc", "-alias", ALIAS, "-keystore", store.toString(), "-storepass", PASSWORD, "-file", pem.toString());
    }

    private void trust(Path pem, Path store) throws IOException, InterruptedException {
        keytool("-importcert", "-noprompt", "-alias", "partner", "-file", pem.toString(), "-storetype", "PKCS12", "-keystore", store.toString(),
                "-storepass", PASSWORD);
    }

    private void keytool(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(arguments));
        Path log = dir.resolve("keytool.log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("keytool " + arguments[0] + " ended").isTrue();
        assertThat(process.exitValue()).as("keytool " + String.join(" ", arguments).replace(PASSWORD, "***") + "; see " + log).isZero();
    }
}
