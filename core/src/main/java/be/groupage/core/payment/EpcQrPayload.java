package be.groupage.core.payment;

import be.groupage.core.money.Money;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The text of an EPC QR code ("GiroCode", EPC069-12) asking for a SEPA credit transfer, version 002,
 * character set 1 (UTF-8). The elements, one per line, separated by LF:
 * <ol>
 *   <li>{@code BCD} (service tag)</li>
 *   <li>{@code 002} (version)</li>
 *   <li>{@code 1} (UTF-8)</li>
 *   <li>{@code SCT} (SEPA credit transfer)</li>
 *   <li>BIC of the beneficiary's bank, empty when not given (optional in version 002 inside the EEA)</li>
 *   <li>beneficiary name, 1 to 70 characters</li>
 *   <li>beneficiary IBAN, electronic form</li>
 *   <li>amount, {@code EUR} then the amount with a point and always two decimals, {@code EUR50.97};
 *       EUR 0.01 to EUR 999 999 999.99</li>
 *   <li>purpose code, 4 letters or digits (ISO 20022 ExternalPurpose1Code), may be empty</li>
 *   <li>structured remittance: an ISO 11649 creditor reference, at most 35 characters</li>
 *   <li>unstructured remittance, at most 140 characters (a Belgian OGM goes here, see {@link Remittance})</li>
 *   <li>beneficiary-to-originator note, at most 70 characters</li>
 * </ol>
 * Fields 10 and 11 are never both filled. Trailing empty elements are omitted, as the standard allows,
 * and the last element present has no LF after it; so a payload with a free-text remittance and no note
 * ends with the remittance line. The whole payload is at most 331 bytes.
 *
 * <p>The amount is mandatory here although the standard makes it optional: every Groupage QR code pays
 * an invoice.
 */
public final class EpcQrPayload {

    public static final int MAX_NAME = 70;
    public static final int MAX_NOTE = 70;
    public static final int MAX_BYTES = 331;
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999.99");

    private final List<String> lines;

    private EpcQrPayload(List<String> lines) {
        this.lines = List.copyOf(lines);
    }

    /**
     * The payload for a member paying an invoice with its OGM: name, IBAN, optional BIC, amount and the
     * OGM as free-text remittance.
     */
    public static EpcQrPayload forInvoice(String beneficiaryName, Iban iban, Optional<Bic> bic, Money amount,
                                          StructuredCommunication communication) {
        return builder()
                .beneficiaryName(beneficiaryName)
                .iban(iban)
                .bic(bic.orElse(null))
                .amount(amount)
                .remittance(Remittance.ogm(communication))
                .build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The elements as written, trailing empty elements left out. */
    public List<String> lines() {
        return lines;
    }

    /** The text to encode in the QR code (error correction level M). */
    public String text() {
        return String.join("\n", lines);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EpcQrPayload other && lines.equals(other.lines);
    }

    @Override
    public int hashCode() {
        return lines.hashCode();
    }

    @Override
    public String toString() {
        return text();
    }

    /** Checks a text element: one line, no control characters, at most {@code max} characters. */
    static void checkField(String field, String value, int max, boolean mayBeEmpty) {
        if (value == null) {
            throw new InvalidPaymentDataException(field, "is missing");
        }
        if (!mayBeEmpty && value.isBlank()) {
            throw new InvalidPaymentDataException(field, "must not be empty");
        }
        int length = value.codePointCount(0, value.length());
        if (length > max) {
            throw new InvalidPaymentDataException(field, "has at most " + max + " characters, not " + length);
        }
        for (int i = 0; i < value.length(); i++) {
            if (Character.isISOControl(value.charAt(i))) {
                throw new InvalidPaymentDataException(field, "must be a single line without control characters");
            }
        }
    }

    /** Collects the elements and checks them all in {@link #build()}. */
    public static final class Builder {
        private Bic bic;
        private String beneficiaryName;
        private Iban iban;
        private Money amount;
        private String purpose = "";
        private Remittance remittance = Remittance.none();
        private String note = "";

        private Builder() {
        }

        /** The beneficiary's bank; {@code null} leaves the element empty. */
        public Builder bic(Bic bic) {
            this.bic = bic;
            return this;
        }

        public Builder beneficiaryName(String beneficiaryName) {
            this.beneficiaryName = beneficiaryName;
            return this;
        }

        public Builder iban(Iban iban) {
            this.iban = iban;
            return this;
        }

        public Builder amount(Money amount) {
            this.amount = amount;
            return this;
        }

        /** An ISO 20022 purpose code such as {@code GDDS} (purchase of goods); empty for none. */
        public Builder purpose(String purpose) {
            this.purpose = purpose;
            return this;
        }

        public Builder remittance(Remittance remittance) {
            this.remittance = Objects.requireNonNull(remittance, "remittance");
            return this;
        }

        /** A note shown to the payer (beneficiary-to-originator information); empty for none. */
        public Builder note(String note) {
            this.note = note;
            return this;
        }

        /** @throws InvalidPaymentDataException naming the first element that breaks EPC069-12 */
        public EpcQrPayload build() {
            checkField("beneficiaryName", beneficiaryName == null ? null : beneficiaryName.strip(), MAX_NAME, false);
            if (iban == null) {
                throw new InvalidPaymentDataException("iban", "is missing");
            }
            if (amount == null) {
                throw new InvalidPaymentDataException("amount", "is missing");
            }
            if (!amount.currency().equals(Money.EUR)) {
                throw new InvalidPaymentDataException("amount", "a SEPA credit transfer is in EUR, not " + amount.currency());
            }
            BigDecimal value = amount.amount();
            if (value.stripTrailingZeros().scale() > 2) {
                throw new InvalidPaymentDataException("amount", "must be exact to the cent: " + value.toPlainString());
            }
            if (value.compareTo(new BigDecimal("0.01")) < 0 || value.compareTo(MAX_AMOUNT) > 0) {
                throw new InvalidPaymentDataException("amount", "must be between EUR0.01 and EUR999999999.99, not " + value.toPlainString());
            }
            checkField("purpose", purpose, 4, true);
            if (!purpose.isEmpty()) {
                if (purpose.length() != 4) {
                    throw new InvalidPaymentDataException("purpose", "a purpose code has 4 characters: '" + purpose + "'");
                }
                for (int i = 0; i < 4; i++) {
                    char c = purpose.charAt(i);
                    if (!(c >= 'A' && c <= 'Z') && !(c >= '0' && c <= '9')) {
                        throw new InvalidPaymentDataException("purpose", "upper-case letters and digits only: '" + purpose + "'");
                    }
                }
            }
            checkField("note", note, MAX_NOTE, true);

            List<String> lines = new ArrayList<>(12);
            lines.add("BCD");
            lines.add("002");
            lines.add("1");
            lines.add("SCT");
            lines.add(bic == null ? "" : bic.code());
            lines.add(beneficiaryName.strip());
            lines.add(iban.electronic());
            lines.add("EUR" + value.setScale(2).toPlainString());
            lines.add(purpose);
            lines.add(remittance.structuredField());
            lines.add(remittance.textField());
            lines.add(note);
            while (lines.get(lines.size() - 1).isEmpty()) {
                lines.remove(lines.size() - 1);
            }
            int bytes = String.join("\n", lines).getBytes(StandardCharsets.UTF_8).length;
            if (bytes > MAX_BYTES) {
                throw new InvalidPaymentDataException("payload", "an EPC QR payload has at most " + MAX_BYTES + " bytes, not " + bytes);
            }
            return new EpcQrPayload(lines);
        }
    }
}
