package be.groupage.service.application.port.suppliers;

import be.groupage.service.application.port.common.PostalAddress;
import java.math.BigDecimal;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * A cooperative as registered: its invoicing identity (KBO digits, normalised VAT number, electronic
 * IBAN, BIC, address, e-mail) and the minimum value excl. VAT of a purchase order it accepts.
 */
public record SupplierDetails(String code, String name, String kbo, Optional<String> vatNumber, Optional<String> iban,
                              Optional<String> bic, PostalAddress address, Optional<String> email, BigDecimal minimumOrderValue) {

    public SupplierDetails {
        requireNonNull(code, "code");
        requireNonNull(name, "name");
        requireNonNull(kbo, "kbo");
        requireNonNull(vatNumber, "vatNumber");
        requireNonNull(iban, "iban");
        requireNonNull(bic, "bic");
        requireNonNull(address, "address");
        requireNonNull(email, "email");
        requireNonNull(minimumOrderValue, "minimumOrderValue");
    }
}
