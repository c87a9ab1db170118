package be.groupage.core.receivables;

import be.groupage.core.banking.Direction;
import be.groupage.core.banking.EntryKey;
import be.groupage.core.banking.StatementEntry;
import be.groupage.core.money.Money;
import be.groupage.core.payment.Iban;
import be.groupage.core.payment.StructuredCommunication;

import java.time.LocalDate;
import java.util.Optional;

/** Invoices and credits for the receivables tests: invoice 2026-00000n has the OGM of base 2026000000 + n. */
final class Fixtures {

    static final Iban ACCOUNT = Iban.parse("BE68539007547034");
    static final Iban NAMUR_ACCOUNT = Iban.parse("BE21001234567803");
    static final Iban RESTO_ACCOUNT = Iban.parse("BE24063987654338");
    static final Iban ANDENNE_ACCOUNT = Iban.parse("BE31091000012355");
    static final LocalDate ISSUED = LocalDate.of(2026, 2, 1);
    static final LocalDate DUE = LocalDate.of(2026, 3, 3);

    private Fixtures() {
    }

    static StructuredCommunication ogm(int sequence) {
        return StructuredCommunication.ofBase(2026_000_000L + sequence);
    }

    static String number(int sequence) {
        return String.format("2026-%06d", sequence);
    }

    static Receivable invoice(int sequence, String member, String payable) {
        return invoice(sequence, member, payable, DUE);
    }

    static Receivable invoice(int sequence, String member, String payable, LocalDate due) {
        return Receivable.of(number(sequence), member, due.minusDays(30), due, Money.euros(payable), ogm(sequence));
    }

    static StatementEntry credit(String reference, String amount, Optional<StructuredCommunication> ogm, String free,
                                 String payer, Optional<Iban> payerAccount) {
        Money m = Money.euros(amount);
        LocalDate day = LocalDate.of(2026, 3, 2);
        return StatementEntry.credit(EntryKey.of(ACCOUNT, day, Direction.CREDIT, m, reference, 1), m, day, payer, payerAccount, ogm, free);
    }

    static StatementEntry structured(String reference, String amount, int sequence) {
        return credit(reference, amount, Optional.of(ogm(sequence)), "", "", Optional.empty());
    }

    static StatementEntry free(String reference, String amount, String text) {
        return credit(reference, amount, Optional.empty(), text, "", Optional.empty());
    }
}
