package be.groupage.service.infrastructure.peppol;

import com.helger.peppol.security.PeppolTrustStores;
import com.helger.phase4.crypto.AS4CryptoFactoryInMemoryKeyStore;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.Collections;

/**
 * The access point's key and the certificates it trusts, read from the configured keystore and truststore (the
 * OpenPeppol production AP truststore when none is configured): what signs, encrypts, verifies and decrypts the AS4
 * messages, sent and received alike.
 */
record AccessPointKeys(AS4CryptoFactoryInMemoryKeyStore crypto, X509Certificate certificate) {

    static AccessPointKeys read(PeppolSettings settings) throws GeneralSecurityException, IOException {
        KeyStore keys = load(settings.keystorePath().orElseThrow(), settings.keystoreType(), settings.keystorePassword());
        String alias = settings.keyAlias().orElseGet(() -> onlyKey(keys));
        if (!keys.isKeyEntry(alias)) {
            throw new IllegalStateException("The keystore has no key " + alias);
        }
        KeyStore trust = settings.truststorePath().isPresent()
                ? load(settings.truststorePath().get(), settings.truststoreType(), settings.truststorePassword())
                : PeppolTrustStores.Config2025.TRUSTSTORE_AP_PRODUCTION;
        return new AccessPointKeys(new AS4CryptoFactoryInMemoryKeyStore(keys, alias, settings.keyPassword(), trust),
                (X509Certificate) keys.getCertificate(alias));
    }

    private static KeyStore load(String path, String type, char[] password) throws GeneralSecurityException, IOException {
        KeyStore store = KeyStore.getInstance(type);
        try (InputStream in = Files.newInputStream(Path.of(path))) {
            store.load(in, password);
        }
        return store;
    }

    private static String onlyKey(KeyStore keys) {
        try {
            var keyAliases = Collections.list(keys.aliases()).stream().filter(a -> {
                try {
                    return keys.isKeyEntry(a);
                } catch (GeneralSecurityException e) {
                    return false;
                }
            }).toList();
            if (keyAliases.size() != 1) {
                throw new IllegalStateException("The keystore holds " + keyAliases.size() + " keys: name one with groupage.peppol.key.alias");
            }
            return keyAliases.get(0);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The keystore cannot be read: " + e.getMessage(), e);
        }
    }
}
