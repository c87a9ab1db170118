package be.groupage.core.banking;

import be.groupage.core.money.Money;
import be.groupage.core.payment.Iban;
import be.groupage.core.payment.StructuredCommunication;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One movement on a bank statement: a credit (money in, such as a member paying an invoice) or a debit.
 *
 * <p>Invariants: the amount is positive and exact to the cent (the direction gives the sign); texts are never
 * null (empty when the bank gave none) and have their surrounding spaces trimmed. The structured communication
 * is present only when the bank carried one with valid check digits; an OGM typed in the free text, or one
 * the bank carried with wrong check digits, is in {@link #freeCommunication()} for the matcher to find.
 *
 * @param key                     the identity of the movement across statement files
 * @param bankReference           the bank's own reference of the movement (may be empty)
 * @param transactionCode         the bank's transaction code (CODA: 8 digits; CAMT.053: the domain/family code), may be empty
 * @param counterpartyName        who paid or was paid, as the bank wrote it (may be empty)
 * @param counterpartyAccount     the counterparty's IBAN, when the bank gave a valid one
 * @param counterpartyBic         the counterparty's BIC as given (may be empty)
 * @param structuredCommunication the OGM carried as structured by the bank, with valid check digits
 * @param freeCommunication       the free-text communication (may be empty)
 * @param information             further details the bank gave (CODA information records 3.x), may be empty
 */
public record StatementEntry(EntryKey key, Direction direction, Money amount, LocalDate bookingDate, LocalDate valueDate,
                             String bankReference, String transactionCode, String counterpartyName,
                             Optional<Iban> counterpartyAccount, String counterpartyBic,
                             Optional<StructuredCommunication> structuredCommunication, String freeCommunication,
                             String information) {

    public StatementEntry {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(bookingDate, "bookingDate");
        Objects.requireNonNull(valueDate, "valueDate");
        bankReference = Objects.requireNonNull(bankReference, "bankReference").strip();
        transactionCode = Objects.requireNonNull(transactionCode, "transactionCode").strip();
        counterpartyName = Objects.requireNonNull(counterpartyName, "counterpartyName").strip();
        Objects.requireNonNull(counterpartyAccount, "counterpartyAccount");
        counterpartyBic = Objects.requireNonNull(counterpartyBic, "counterpartyBic").strip();
        Objects.requireNonNull(structuredCommunication, "structuredCommunication");
        freeCommunication = Objects.requireNonNull(freeCommunication, "freeCommunication").strip();
        information = Objects.requireNonNull(information, "information").strip();
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("A movement's amount is positive (its direction gives the sign), not " + amount);
        }
        if (amount.amount().stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("A movement's amount is exact to the cent, not " + amount);
        }
    }

    /** A credit of an amount with a structured communication; the other texts empty. For tests and examples. */
    public static StatementEntry credit(EntryKey key, Money amount, LocalDate bookingDate, String counterpartyName,
                                        Optional<Iban> counterpartyAccount, Optional<StructuredCommunication> ogm,
                                        String freeCommunication) {
        return new StatementEntry(key, Direction.CREDIT, amount, bookingDate, bookingDate, "", "", counterpartyName,
                counterpartyAccount, "", ogm, freeCommunication, "");
    }

    public boolean isCredit() {
        return direction == Direction.CREDIT;
    }

    /** The amount with its sign: positive for a credit, negative for a debit. */
    public Money signedAmount() {
        return direction == Direction.CREDIT ? amount : amount.negate();
    }

    /** The free communication and the information together, for searching references in them. */
    public String allText() {
        return information.isEmpty() ? freeCommunication : freeCommunication + " " + information;
    }
}
