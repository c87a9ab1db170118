package be.groupage.core.banking;

import be.groupage.core.money.Money;
import be.groupage.core.payment.Iban;
import be.groupage.core.payment.StructuredCommunication;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CodaReaderTest {

    static String sample(String name) {
        try (InputStream in = CodaReaderTest.class.getResourceAsStream("/coda/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sample's records, without line ends. */
    static List<String> records(String name) {
        return new ArrayList<>(List.of(sample(name).split("\r?\n")));
    }

    /** A record with {@code text} written from 1-based column {@code column} on. */
    static String put(String record, int column, String text) {
        return record.substring(0, column - 1) + text + record.substring(column - 1 + text.length());
    }

    private static BankStatement onlyStatement(StatementFile result) {
        assertThat(result.errors()).isEmpty();
        assertThat(result.statements()).hasSize(1);
        return result.statements().get(0);
    }

    @Test
    void readsAStatementOfSeveralCreditsAndADebit() {
        BankStatement statement = onlyStatement(CodaReader.read(sample("several-credits-and-a-debit.cod")));

        assertThat(statement.id()).isEqualTo(StatementId.of(Iban.parse("BE68 5390 0754 7034"), 2026, 12, 12));
        assertThat(statement.openingBalance()).isEqualTo(Money.euros("10000.00"));
        assertThat(statement.openingDate()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(statement.closingBalance()).isEqualTo(Money.euros("10139.92"));
        assertThat(statement.date()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(statement.entries()).extracting(StatementEntry::signedAmount).containsExactly(
                Money.euros("50.97"), Money.euros("100.00"), Money.euros("80.00"), Money.euros("35.50"),
                Money.euros("-250.00"), Money.euros("123.45"));
        assertThat(statement.credits()).hasSize(5);

        StatementEntry first = statement.entries().get(0);
        assertThat(first.structuredCommunication()).contains(StructuredCommunication.parse("+++202/6000/12320+++"));
        assertThat(first.counterpartyName()).isEqualTo("CPAS DE NAMUR");
        assertThat(first.counterpartyAccount()).contains(Iban.parse("BE21001234567803"));
        assertThat(first.counterpartyBic()).isEqualTo("GKCCBEBB");
        assertThat(first.bankReference()).isEqualTo("EBNK00000000000001201");
        assertThat(first.transactionCode()).isEqualTo("00150000");
        assertThat(first.bookingDate()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(first.freeCommunication()).isEmpty();

        assertThat(statement.entries().get(1).valueDate()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(statement.entries().get(2).structuredCommunication()).isEmpty();
        assertThat(statement.entries().get(2).freeCommunication()).isEqualTo("Facture 2026-000125 merci");
        assertThat(statement.entries().get(3).freeCommunication()).isEqualTo("+++202/6000/12623+++");
        assertThat(statement.entries().get(4).direction()).isEqualTo(Direction.DEBIT);
        assertThat(statement.entries().get(4).counterpartyName()).isEqualTo("COOPERATIVE PAYSANNE");
    }

    @Test
    void aCommunicationContinuedOverRecords22And23IsJoinedAndInformationRecordsAreKept() {
        StatementEntry last = onlyStatement(CodaReader.read(sample("several-credits-and-a-debit.cod"))).entries().get(5);

        assertThat(last.freeCommunication()).isEqualTo(
                "Paiement des factures de fevrier pour les colis alimentaires de l'epicerie sociale, voir detail");
        assertThat(last.information()).isEqualTo("CPAS DE NAMUR RUE DE DAVE 165 5100 JAMBES");
    }

    @Test
    void crLfLfAndAMissingFinalNewlineReadTheSame() {
        List<String> lines = records("several-credits-and-a-debit.cod");
        BankStatement crlf = onlyStatement(CodaReader.read(String.join("\r\n", lines) + "\r\n"));
        BankStatement lf = onlyStatement(CodaReader.read(String.join("\n", lines) + "\n"));
        BankStatement noFinal = onlyStatement(CodaReader.read(String.join("\n", lines)));
        BankStatement bytes = onlyStatement(CodaReader.read(new ByteArrayInputStream(
                String.join("\r\n", lines).getBytes(StandardCharsets.ISO_8859_1))));

        assertThat(lf).isEqualTo(crlf);
        assertThat(noFinal).isEqualTo(crlf);
        assertThat(bytes).isEqualTo(crlf);
    }

    @Test
    void everyEntryHasItsOwnKeyAndTheSameKeyOnEveryReading() {
        BankStatement once = onlyStatement(CodaReader.read(sample("several-credits-and-a-debit.cod")));
        BankStatement again = onlyStatement(CodaReader.read(sample("several-credits-and-a-debit.cod")));

        assertThat(once.entries()).extracting(StatementEntry::key).doesNotHaveDuplicates()
                .containsExactlyElementsOf(again.entries().stream().map(StatementEntry::key).toList());
    }

    @Test
    void twoIdenticalMovementsWithoutBankReferenceStayTwo() {
        List<String> lines = records("several-credits-and-a-debit.cod");
        // The second movement made the same as the first, both without a bank reference: totals and balance follow.
        String blankRef = " ".repeat(21);
        lines.set(2, put(lines.get(2), 11, blankRef));
        lines.set(5, put(put(lines.get(2), 3, "0002"), 11, blankRef));
        lines.set(6, put(lines.get(3), 3, "0002"));
        lines.set(7, put(lines.get(4), 3, "0002"));
        // 100.00 became 50.97: the new balance and the credit total drop by 49.03.
        int eight = lines.size() - 2;
        lines.set(eight, put(lines.get(eight), 43, "000000010090890"));
        lines.set(eight + 1, put(lines.get(eight + 1), 38, "000000000340890"));

        BankStatement statement = onlyStatement(CodaReader.read(String.join("\n", lines)));

        assertThat(statement.entries().get(0).key()).isNotEqualTo(statement.entries().get(1).key());
        assertThat(statement.entries().get(1).key().value()).endsWith("|2");
    }

    @Test
    void anOgmWithWrongCheckDigitsBecomesFreeCommunication() {
        BankStatement statement = onlyStatement(CodaReader.read(sample("mistyped-ogm.cod")));

        StatementEntry first = statement.entries().get(0);
        assertThat(first.structuredCommunication()).isEmpty();
        assertThat(first.freeCommunication()).isEqualTo("202600012321");
        assertThat(statement.entries().get(1).freeCommunication()).isEqualTo("VCS 202/6000/12520");
    }

    @Test
    void aWrongTrailerCreditTotalIsReportedOnTheTrailerAtItsColumn() {
        StatementFile result = CodaReader.read(sample("broken-trailer-total.cod"));

        assertThat(result.statements()).isEmpty();
        assertThat(result.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(11);
            assertThat(e.column()).isEqualTo(38);
            assertThat(e.field()).isEqualTo("credit total");
            assertThat(e.messageEn()).isEqualTo("Credit total 51.97; the movements add up to 50.97");
        });
    }

    @Test
    void aWrongTrailerRecordCountIsReported() {
        List<String> lines = records("several-credits-and-a-debit.cod");
        int last = lines.size() - 1;
        lines.set(last, put(lines.get(last), 17, "000099"));

        StatementFile result = CodaReader.read(String.join("\n", lines));

        assertThat(result.errors()).extracting(StatementFileError::line, StatementFileError::column, StatementFileError::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(last + 1, 17, "record count"));
        assertThat(result.errors().get(0).messageEn()).isEqualTo("The trailer announces 99 records 1, 2, 3 and 8; the statement has 21");
    }

    @Test
    void aNewBalanceThatIsNotTheOldOnePlusTheMovementsIsReportedOnRecord8() {
        List<String> lines = records("several-credits-and-a-debit.cod");
        int eight = lines.size() - 2;
        lines.set(eight, put(lines.get(eight), 43, "000000010139930"));

        StatementFile result = CodaReader.read(String.join("\n", lines));

        assertThat(result.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(eight + 1);
            assertThat(e.column()).isEqualTo(43);
            assertThat(e.messageEn()).contains("10139.93").contains("10139.92");
        });
    }

    @Test
    void aRecordOfTheWrongLengthIsReportedWhereItGoesWrong() {
        List<String> lines = records("several-credits-and-a-debit.cod");
        lines.set(3, lines.get(3).substring(0, 120));
        lines.set(4, lines.get(4) + "X");

        StatementFile result = CodaReader.read(String.join("\n", lines));

        assertThat(result.errors()).extracting(StatementFileError::line, StatementFileError::column).containsExactly(
                org.assertj.core.groups.Tuple.tuple(4, 121), org.assertj.core.groups.Tuple.tuple(5, 129));
        assertThat(result.errors().get(0).messageEn()).isEqualTo("The record has 120 characters; a CODA record has 128");
    }

    @Test
    void aBadAmountSignOrDateIsReportedAtItsColumn() {
        List<String> lines = records("several-credits-and-a-debit.cod");
        lines.set(2, put(lines.get(2), 40, "X"));
        lines.set(5, put(lines.get(5), 32, "7"));
        lines.set(8, put(lines.get(8), 116, "310226"));

        StatementFile result = CodaReader.read(String.join("\n", lines));

        assertThat(result.errors()).extracting(StatementFileError::line, StatementFileError::column, StatementFileError::field).contains(
                org.assertj.core.groups.Tuple.tuple(3, 40, "amount"),
                org.assertj.core.groups.Tuple.tuple(6, 32, "amount sign"),
                org.assertj.core.groups.Tuple.tuple(9, 116, "booking date"));
    }

    @Test
    void aFractionOfACentIsRefused() {
        List<String> lines = records("several-credits-and-a-debit.cod");
        lines.set(2, put(lines.get(2), 47, "1"));

        assertThat(CodaReader.read(String.join("\n", lines)).errors())
                .extracting(StatementFileError::line, StatementFileError::column).contains(org.assertj.core.groups.Tuple.tuple(3, 47));
    }

    @Test
    void aMissingMovementBreaksTheSequenceAndTheTotals() {
        List<String> lines = records("several-credits-and-a-debit.cod");
        lines.subList(5, 8).clear();

        StatementFile result = CodaReader.read(String.join("\n", lines));

        assertThat(result.errors()).extracting(StatementFileError::field)
                .contains("sequence number", "record count", "credit total", "new balance");
        assertThat(result.errors().get(0).line()).isEqualTo(6);
    }

    @Test
    void aContinuationOfAnotherMovementIsReported() {
        List<String> lines = records("several-credits-and-a-debit.cod");
        lines.set(4, put(lines.get(4), 3, "0009"));

        assertThat(CodaReader.read(String.join("\n", lines)).errors()).singleElement()
                .satisfies(e -> assertThat(e.messageEn()).isEqualTo("Record 2.3 has number 9/0, not that of the movement on line 3 (1/0)"));
    }

    @Test
    void anAccountWithoutIbanAndAnotherCurrencyAreRefused() {
        List<String> lines = records("several-credits-and-a-debit.cod");
        lines.set(1, put(put(lines.get(1), 2, "0"), 40, "USD"));

        assertThat(CodaReader.read(String.join("\n", lines)).errors()).extracting(StatementFileError::line, StatementFileError::column)
                .contains(org.assertj.core.groups.Tuple.tuple(2, 2), org.assertj.core.groups.Tuple.tuple(2, 40));
    }

    @Test
    void aNewBalanceOfAnotherAccountIsRefused() {
        List<String> lines = records("several-credits-and-a-debit.cod");
        int eight = lines.size() - 2;
        lines.set(eight, put(lines.get(eight), 5, "BE71096123456769"));

        assertThat(CodaReader.read(String.join("\n", lines)).errors()).extracting(StatementFileError::line, StatementFileError::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(eight + 1, 5));
    }

    @Test
    void aFileCutBeforeItsTrailerOrEmptyIsRefused() {
        List<String> lines = records("several-credits-and-a-debit.cod");
        lines.remove(lines.size() - 1);

        assertThat(CodaReader.read(String.join("\n", lines)).errors()).singleElement()
                .satisfies(e -> assertThat(e.messageEn()).startsWith("The file ends without a trailer record 9"));
        assertThat(CodaReader.read("\r\n").errors()).extracting(StatementFileError::messageEn).containsExactly("The file is empty");
    }

    @Test
    void aFileOfTwoStatementsGivesBoth() {
        String two = sample("several-credits-and-a-debit.cod") + sample("mistyped-ogm.cod");

        StatementFile result = CodaReader.read(two);

        assertThat(result.errors()).isEmpty();
        assertThat(result.statements()).extracting(s -> s.id().number()).containsExactly(12, 13);
    }

    @Test
    void anUnknownRecordTypeAndAVersion1HeaderAreReported() {
        List<String> lines = records("several-credits-and-a-debit.cod");
        lines.set(0, put(lines.get(0), 128, "1"));
        lines.add(8, put(lines.get(8), 1, "7"));

        assertThat(CodaReader.read(String.join("\n", lines)).errors()).extracting(StatementFileError::line, StatementFileError::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, 128), org.assertj.core.groups.Tuple.tuple(9, 1));
    }
}
