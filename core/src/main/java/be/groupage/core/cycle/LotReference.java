package be.groupage.core.cycle;

import java.util.Objects;

/** Which framework-agreement lot a cycle orders under. */
public record LotReference(String agreementNumber, String lotNumber) {

    public LotReference {
        Objects.requireNonNull(agreementNumber, "agreementNumber");
        Objects.requireNonNull(lotNumber, "lotNumber");
    }

    public static LotReference of(String agreementNumber, String lotNumber) {
        return new LotReference(agreementNumber, lotNumber);
    }
}
