package be.groupage.service.application.document;

import be.groupage.core.payment.Bic;
import be.groupage.core.payment.Iban;

import java.util.Objects;
import java.util.Optional;

/** The issuer's bank account members pay to: IBAN and, when known, BIC. */
public record PaymentAccount(Iban iban, Optional<Bic> bic) {

    public PaymentAccount {
        Objects.requireNonNull(iban, "iban");
        Objects.requireNonNull(bic, "bic");
    }

    public static PaymentAccount of(String iban, String bicOrNull) {
        return new PaymentAccount(Iban.parse(iban),
                bicOrNull == null || bicOrNull.isBlank() ? Optional.empty() : Optional.of(Bic.parse(bicOrNull)));
    }
}
