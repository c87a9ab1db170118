package be.groupage.service.application.port.invoicing;

import be.groupage.service.application.port.common.PostalAddress;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * The invoicing party every invoice names: identity and bank account, the prefix of its document
 * numbers (empty for none) and its payment terms in days.
 */
public record IssuerDetails(String name, String kbo, String vatNumber, String iban, Optional<String> bic, PostalAddress address,
                            Optional<String> email, String seriesPrefix, int paymentTermsDays) {

    public IssuerDetails {
        requireNonNull(name, "name");
        requireNonNull(kbo, "kbo");
        requireNonNull(vatNumber, "vatNumber");
        requireNonNull(iban, "iban");
        requireNonNull(bic, "bic");
        requireNonNull(address, "address");
        requireNonNull(email, "email");
        requireNonNull(seriesPrefix, "seriesPrefix");
    }
}
