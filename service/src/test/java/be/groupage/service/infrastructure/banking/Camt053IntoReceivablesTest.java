package be.groupage.service.infrastructure.banking;

import be.groupage.core.banking.BankStatement;
import be.groupage.core.banking.StatementFile;
import be.groupage.core.money.Money;
import be.groupage.core.payment.Iban;
import be.groupage.core.payment.StructuredCommunication;
import be.groupage.core.receivables.AppliedCredit;
import be.groupage.core.receivables.Allocation;
import be.groupage.core.receivables.Debtor;
import be.groupage.core.receivables.PaymentMatcher;
import be.groupage.core.receivables.PaymentState;
import be.groupage.core.receivables.Receivable;
import be.groupage.core.receivables.ReceivablesLedger;
import be.groupage.core.receivables.StatementImport;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** A CAMT.053 file read by the adapter feeds core's receivables ledger as a CODA file does. */
class Camt053IntoReceivablesTest {

    static final LocalDate DUE = LocalDate.of(2026, 3, 3);

    static final PaymentMatcher MATCHER = PaymentMatcher.of(List.of(
            Debtor.of("CPAS-NAMUR", "CPAS de Namur", Set.of(Iban.parse("BE21001234567803"))),
            Debtor.of("RESTO", "Le Resto du Cœur", Set.of(Iban.parse("BE24063987654338"))),
            Debtor.of("CPAS-ANDENNE", "CPAS d'Andenne", Set.of(Iban.parse("BE31091000012355")))));

    static Receivable invoice(int sequence, String member, String payable) {
        return Receivable.of(number(sequence), member, DUE.minusDays(30), DUE, Money.euros(payable),
                StructuredCommunication.ofBase(2026_000_000L + sequence));
    }

    static String number(int sequence) {
        return String.format("2026-%06d", sequence);
    }

    static BankStatement bnp() throws Exception {
        try (InputStream in = Camt053IntoReceivablesTest.class.getResourceAsStream("/camt/camt053-bnp-payments-and-batch.xml")) {
            StatementFile file = new Camt053Reader().readCamt053(in);
            assertThat(file.errors()).isEmpty();
            return file.statements().get(0);
        }
    }

    @Test
    void theCreditsCarryingAStructuredOgmAreAppliedToTheirInvoicesWithoutAsking() throws Exception {
        ReceivablesLedger ledger = ReceivablesLedger.of(List.of(
                invoice(123, "CPAS-NAMUR", "50.97"),
                invoice(124, "CPAS-ANDENNE", "150.00"),
                invoice(125, "RESTO", "80.00"),
                invoice(126, "RESTO", "35.50"),
                invoice(127, "CPAS-NAMUR", "100.00")));

        StatementImport result = ledger.importStatement(bnp(), MATCHER);

        assertThat(result.alreadyImported()).isFalse();
        assertThat(result.applied()).extracting(AppliedCredit::allocations).contains(
                List.of(Allocation.of(number(123), Money.euros("50.97"))),
                List.of(Allocation.of(number(126), Money.euros("35.50"))),
                List.of(Allocation.of(number(127), Money.euros("100.00"))));
        assertThat(result.ledger().status(number(123), DUE).state()).isEqualTo(PaymentState.PAID);
        assertThat(result.ledger().status(number(126), DUE).state()).isEqualTo(PaymentState.PAID);
        assertThat(result.ledger().status(number(127), DUE).state()).isEqualTo(PaymentState.PAID);
        assertThat(result.debits()).hasSize(1);

        assertThat(result.ledger().importStatement(bnp(), MATCHER).alreadyImported()).isTrue();
    }
}
