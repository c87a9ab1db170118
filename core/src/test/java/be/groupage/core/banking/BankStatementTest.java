package be.groupage.core.banking;

import be.groupage.core.money.Money;
import be.groupage.core.payment.Iban;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BankStatementTest {

    private static final Iban ACCOUNT = Iban.parse("BE68539007547034");
    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    private static final StatementId ID = StatementId.of(ACCOUNT, 2026, 12, 12);

    private static StatementEntry credit(String amount, String reference) {
        Money m = Money.euros(amount);
        return StatementEntry.credit(EntryKey.of(ACCOUNT, DAY, Direction.CREDIT, m, reference, 1), m, DAY, "CPAS",
                Optional.empty(), Optional.empty(), "");
    }

    @Test
    void theOpeningBalancePlusTheMovementsIsTheClosingBalance() {
        BankStatement s = BankStatement.of(ID, Money.euros("-10.00"), DAY, Money.euros("40.97"), DAY,
                List.of(credit("50.97", "A")));

        assertThat(s.credits()).hasSize(1);
        assertThatThrownBy(() -> BankStatement.of(ID, Money.euros("-10.00"), DAY, Money.euros("40.96"), DAY, List.of(credit("50.97", "A"))))
                .hasMessageContaining("not the closing balance EUR 40.96");
    }

    @Test
    void twoEntriesWithOneKeyAreRefused() {
        assertThatThrownBy(() -> BankStatement.of(ID, Money.zero(), DAY, Money.euros("101.94"), DAY,
                List.of(credit("50.97", "A"), credit("50.97", "A"))))
                .hasMessageContaining("Two entries");
    }

    @Test
    void anEntryIsPositiveAndExactToTheCent() {
        assertThatThrownBy(() -> credit("0.00", "A")).hasMessageContaining("positive");
        assertThatThrownBy(() -> credit("1.005", "A")).hasMessageContaining("exact to the cent");
        assertThat(credit("1.50", "A").signedAmount()).isEqualTo(Money.euros("1.5"));
    }

    @Test
    void theKeyDependsOnEveryPartAndIgnoresTheAmountsScale() {
        EntryKey key = EntryKey.of(ACCOUNT, DAY, Direction.CREDIT, Money.euros("5.5"), " REF ", 1);

        assertThat(key).isEqualTo(EntryKey.of(ACCOUNT, DAY, Direction.CREDIT, Money.euros("5.50"), "REF", 1));
        assertThat(key).isNotEqualTo(EntryKey.of(ACCOUNT, DAY, Direction.DEBIT, Money.euros("5.50"), "REF", 1));
        assertThat(key).isNotEqualTo(EntryKey.of(ACCOUNT, DAY.plusDays(1), Direction.CREDIT, Money.euros("5.50"), "REF", 1));
        assertThat(key).isNotEqualTo(EntryKey.of(ACCOUNT, DAY, Direction.CREDIT, Money.euros("5.51"), "REF", 1));
        assertThat(key).isNotEqualTo(EntryKey.of(ACCOUNT, DAY, Direction.CREDIT, Money.euros("5.50"), "REG", 1));
        assertThat(key).isNotEqualTo(EntryKey.of(ACCOUNT, DAY, Direction.CREDIT, Money.euros("5.50"), "REF", 2));
    }
}
