package be.groupage.core.payment;

import java.util.Objects;

/** A payment datum (OGM, IBAN, BIC, QR field) that breaks its format; {@link #field()} says which one. */
public final class InvalidPaymentDataException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public InvalidPaymentDataException(String field, String message) {
        super(Objects.requireNonNull(field, "field") + ": " + Objects.requireNonNull(message, "message"));
        this.field = field;
    }

    /** The name of the wrong field, e.g. {@code iban}, {@code structuredCommunication}, {@code beneficiaryName}. */
    public String field() {
        return field;
    }
}
