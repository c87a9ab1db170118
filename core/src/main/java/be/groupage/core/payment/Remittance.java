package be.groupage.core.payment;

import java.util.Objects;

/**
 * What the payer's bank passes on to the beneficiary with the transfer: nothing, an ISO 11649
 * structured creditor reference (EPC QR field 10), or free text (field 11); never both, as EPC069-12
 * requires.
 *
 * <p>A Belgian OGM is not an ISO 11649 reference, so it goes in the free-text field in its usual
 * display {@code +++123/4567/89012+++} ({@link #ogm(StructuredCommunication)}), as is Belgian practice
 * (banks pick the OGM out of the communication text).
 */
public sealed interface Remittance {

    int MAX_REFERENCE = 35;
    int MAX_TEXT = 140;

    /** The structured reference field (10), empty when none. */
    String structuredField();

    /** The free-text field (11), empty when none. */
    String textField();

    static Remittance none() {
        return None.INSTANCE;
    }

    static Remittance reference(CreditorReference reference) {
        return new Reference(reference);
    }

    /** Free text of at most 140 characters, on one line. */
    static Remittance text(String text) {
        return new Text(text);
    }

    /** A Belgian OGM as free text, {@code +++123/4567/89012+++}. */
    static Remittance ogm(StructuredCommunication communication) {
        return new Text(Objects.requireNonNull(communication, "communication").formatted());
    }

    enum None implements Remittance {
        INSTANCE;

        @Override
        public String structuredField() {
            return "";
        }

        @Override
        public String textField() {
            return "";
        }
    }

    record Reference(CreditorReference reference) implements Remittance {
        public Reference {
            Objects.requireNonNull(reference, "reference");
        }

        @Override
        public String structuredField() {
            return reference.electronic();
        }

        @Override
        public String textField() {
            return "";
        }
    }

    record Text(String text) implements Remittance {
        public Text {
            EpcQrPayload.checkField("remittanceText", text, MAX_TEXT, false);
        }

        @Override
        public String structuredField() {
            return "";
        }

        @Override
        public String textField() {
            return text;
        }
    }
}
