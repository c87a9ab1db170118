package be.groupage.core.receivables;

import be.groupage.core.banking.BankStatement;
import be.groupage.core.banking.StatementId;
import be.groupage.core.money.Money;
import org.junit.jupiter.api.Test;

import java.util.List;

import static be.groupage.core.receivables.Fixtures.DUE;
import static be.groupage.core.receivables.Fixtures.invoice;
import static be.groupage.core.receivables.Fixtures.number;
import static be.groupage.core.receivables.Fixtures.ogm;
import static be.groupage.core.receivables.Fixtures.structured;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReminderScheduleTest {

    private static final ReminderSchedule SCHEDULE = ReminderSchedule.of(ReminderPolicy.defaults());

    private static final ReceivablesLedger LEDGER = ReceivablesLedger.of(List.of(
            invoice(1, "CPAS-NAMUR", "50.97"),
            invoice(2, "RESTO", "80.00"),
            invoice(3, "RESTO", "12.25", DUE.plusDays(10))));

    /** Invoice 1 partly paid (20.00), invoice 2 paid. */
    private static ReceivablesLedger partlyPaid() {
        return LEDGER.importStatement(BankStatement.of(StatementId.of(Fixtures.ACCOUNT, 2026, 1, 1), Money.zero(), DUE,
                Money.euros("100.00"), DUE, List.of(structured("A", "20.00", 1), structured("B", "80.00", 2))),
                ReceivablesLedgerTest.MATCHER).ledger();
    }

    @Test
    void theFirstReminderComesFifteenDaysPastDueByDefault() {
        assertThat(SCHEDULE.due(LEDGER, List.of(), DUE.plusDays(14))).isEmpty();

        List<Reminder> due = SCHEDULE.due(LEDGER, List.of(), DUE.plusDays(15));

        assertThat(due).extracting(Reminder::invoiceNumber).containsExactly(number(1), number(2));
        assertThat(due).extracting(Reminder::level).containsOnly(ReminderLevel.FIRST);
    }

    @Test
    void aReminderRepeatsTheInvoiceAndItsSameOgmWithWhatIsStillOpen() {
        Reminder reminder = SCHEDULE.due(partlyPaid(), List.of(), DUE.plusDays(15)).get(0);

        assertThat(reminder.invoiceNumber()).isEqualTo(number(1));
        assertThat(reminder.invoiceDate()).isEqualTo(DUE.minusDays(30));
        assertThat(reminder.dueDate()).isEqualTo(DUE);
        assertThat(reminder.openAmount()).isEqualTo(Money.euros("30.97"));
        assertThat(reminder.ogm()).isEqualTo(ogm(1));
        assertThat(reminder.memberCode()).isEqualTo("CPAS-NAMUR");
        assertThat(reminder.daysPastDue()).isEqualTo(15);
    }

    @Test
    void neverForAPaidInvoice() {
        assertThat(SCHEDULE.due(partlyPaid(), List.of(), DUE.plusDays(200))).extracting(Reminder::invoiceNumber)
                .doesNotContain(number(2));
    }

    @Test
    void theSecondComesAFurtherFifteenDaysAfterTheFirstWasSentAndNeverTwice() {
        List<SentReminder> first = List.of(SentReminder.of(number(1), ReminderLevel.FIRST, DUE.plusDays(20)));
        ReceivablesLedger ledger = partlyPaid();

        assertThat(SCHEDULE.due(ledger, first, DUE.plusDays(34))).extracting(Reminder::invoiceNumber).doesNotContain(number(1));
        List<Reminder> due = SCHEDULE.due(ledger, first, DUE.plusDays(35));
        assertThat(due).filteredOn(r -> r.invoiceNumber().equals(number(1))).singleElement()
                .satisfies(r -> assertThat(r.level()).isEqualTo(ReminderLevel.SECOND));

        List<SentReminder> both = List.of(first.get(0), due.get(0).sentOn(DUE.plusDays(35)));
        assertThat(SCHEDULE.due(ledger, both, DUE.plusDays(300))).extracting(Reminder::invoiceNumber).doesNotContain(number(1));
    }

    @Test
    void aLateRunSendsTheFirstReminderNotBoth() {
        assertThat(SCHEDULE.due(LEDGER, List.of(), DUE.plusDays(200))).extracting(Reminder::level).containsOnly(ReminderLevel.FIRST);
    }

    @Test
    void thePolicyIsConfigurable() {
        ReminderSchedule quick = ReminderSchedule.of(ReminderPolicy.of(1, 3));
        List<SentReminder> first = List.of(SentReminder.of(number(1), ReminderLevel.FIRST, DUE.plusDays(1)));

        assertThat(quick.due(LEDGER, List.of(), DUE.plusDays(1))).extracting(Reminder::invoiceNumber).containsExactly(number(1), number(2));
        assertThat(quick.due(LEDGER, first, DUE.plusDays(4))).extracting(Reminder::level)
                .containsExactly(ReminderLevel.SECOND, ReminderLevel.FIRST);
        assertThatThrownBy(() -> ReminderPolicy.of(0, 15)).isInstanceOf(IllegalArgumentException.class);
    }
}
