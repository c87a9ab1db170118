package be.groupage.service.infrastructure.banking;

import be.groupage.core.banking.BankStatement;
import be.groupage.core.banking.Direction;
import be.groupage.core.banking.StatementEntry;
import be.groupage.core.banking.StatementFile;
import be.groupage.core.banking.StatementFileError;
import be.groupage.core.banking.StatementId;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class Camt053ReaderTest {

    static final Iban ACCOUNT = Iban.parse("BE68539007547034");
    static final String BNP = "/camt/camt053-bnp-payments-and-batch.xml";

    final Camt053Reader reader = new Camt053Reader();

    static String resource(String name) {
        try (InputStream in = Camt053ReaderTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    StatementFile read(String xml) {
        return reader.readCamt053(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    static StructuredCommunication ogm(long base) {
        return StructuredCommunication.ofBase(base);
    }

    /** The 1-based line of the first occurrence of a text, and the column where it starts. */
    static int[] whereIs(String xml, String text) {
        int at = xml.indexOf(text);
        assertThat(at).as("sample contains %s", text).isNotNegative();
        String before = xml.substring(0, at);
        int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
        return new int[]{line, at - (before.lastIndexOf('\n') + 1) + 1};
    }

    static void assertAt(StatementFileError error, String xml, String text) {
        int[] where = whereIs(xml, text);
        assertThat(error.line()).as("line of %s", error).isEqualTo(where[0]);
        assertThat(error.column()).as("column of %s", error).isEqualTo(where[1]);
    }

    @Test
    void aBnpStatementGivesItsAccountNumbersBalancesAndEveryEntry() {
        StatementFile file = read(resource(BNP));

        assertThat(file.errors()).isEmpty();
        assertThat(file.statements()).hasSize(1);
        BankStatement s = file.statements().get(0);
        assertThat(s.id()).isEqualTo(StatementId.of(ACCOUNT, 2026, 42, 42));
        assertThat(s.openingBalance()).isEqualTo(Money.euros("1000.00"));
        assertThat(s.openingDate()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(s.closingBalance()).isEqualTo(Money.euros("181.91"));
        assertThat(s.date()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(s.entries()).extracting(StatementEntry::direction, StatementEntry::amount).containsExactly(
                tuple(Direction.CREDIT, Money.euros("50.97")),
                tuple(Direction.CREDIT, Money.euros("150.00")),
                tuple(Direction.CREDIT, Money.euros("80.00")),
                tuple(Direction.DEBIT, Money.euros("1234.56")),
                tuple(Direction.CREDIT, Money.euros("35.50")),
                tuple(Direction.CREDIT, Money.euros("100.00")));
    }

    @Test
    void aStructuredOgmWithValidCheckDigitsIsTheEntrysStructuredCommunication() {
        StatementEntry e = read(resource(BNP)).statements().get(0).entries().get(0);

        assertThat(e.structuredCommunication()).contains(ogm(2026_000_123L));
        assertThat(e.freeCommunication()).isEmpty();
        assertThat(e.counterpartyName()).isEqualTo("CPAS DE NAMUR");
        assertThat(e.counterpartyAccount()).contains(Iban.parse("BE21001234567803"));
        assertThat(e.counterpartyBic()).isEqualTo("GEBABEBB");
        assertThat(e.bankReference()).isEqualTo("0302260001");
        assertThat(e.transactionCode()).isEqualTo("PMNT/RCDT/ESCT");
        assertThat(e.information()).isEqualTo("VIREMENT SEPA RECU");
        assertThat(e.bookingDate()).isEqualTo(LocalDate.of(2026, 3, 2));
    }

    @Test
    void anOgmTypedInTheFreeTextStaysInTheFreeCommunicationForTheMatcher() {
        StatementEntry e = read(resource(BNP)).statements().get(0).entries().get(1);

        assertThat(e.structuredCommunication()).isEmpty();
        assertThat(e.freeCommunication()).isEqualTo("+++202/6000/12421+++ acompte");
        assertThat(StructuredCommunication.findIn(e.allText())).containsExactly(ogm(2026_000_124L));
    }

    @Test
    void aStructuredOgmWithWrongCheckDigitsGoesToTheFreeCommunication() {
        StatementEntry e = read(resource(BNP)).statements().get(0).entries().get(2);

        assertThat(e.structuredCommunication()).isEmpty();
        assertThat(e.freeCommunication()).isEqualTo("202600012599");
        assertThat(e.counterpartyName()).isEqualTo("LE RESTO DU COEUR ASBL");
    }

    @Test
    void aDebitsCounterpartyIsTheCreditor() {
        StatementEntry e = read(resource(BNP)).statements().get(0).entries().get(3);

        assertThat(e.isCredit()).isFalse();
        assertThat(e.signedAmount()).isEqualTo(Money.euros("-1234.56"));
        assertThat(e.counterpartyName()).isEqualTo("COOPERATIVE DES PRODUCTEURS DU CONDROZ");
        assertThat(e.counterpartyAccount()).contains(Iban.parse("BE73735012345660"));
        assertThat(e.counterpartyBic()).isEqualTo("KREDBEBB");
        assertThat(e.valueDate()).isEqualTo(LocalDate.of(2026, 3, 3));
        assertThat(e.transactionCode()).isEqualTo("PMNT/ICDT/ESCT");
        assertThat(e.freeCommunication()).isEqualTo("Facture 2026-0042 cycle de fevrier");
    }

    @Test
    void aBatchWhoseTransactionsHaveTheirAmountsIsOneEntryPerTransaction() {
        BankStatement s = read(resource(BNP)).statements().get(0);
        StatementEntry first = s.entries().get(4);
        StatementEntry second = s.entries().get(5);

        assertThat(first.structuredCommunication()).contains(ogm(2026_000_126L));
        assertThat(first.counterpartyName()).isEqualTo("LE RESTO DU COEUR ASBL");
        assertThat(second.structuredCommunication()).contains(ogm(2026_000_127L));
        assertThat(second.counterpartyAccount()).contains(Iban.parse("BE21001234567803"));
        assertThat(first.bankReference()).isEqualTo("0302260005").isEqualTo(second.bankReference());
        assertThat(first.key()).isNotEqualTo(second.key());
    }

    @Test
    void aBatchWithoutAmountsPerTransactionIsOneEntryWithTheTextsOfAll() {
        String xml = resource(BNP).replace("<Amt Ccy=\"EUR\">35.50</Amt>", "").replace("<Amt Ccy=\"EUR\">100.00</Amt>", "");

        BankStatement s = read(xml).statements().get(0);

        assertThat(s.entries()).hasSize(5);
        StatementEntry batch = s.entries().get(4);
        assertThat(batch.amount()).isEqualTo(Money.euros("135.50"));
        assertThat(batch.structuredCommunication()).isEmpty();
        assertThat(StructuredCommunication.findIn(batch.freeCommunication())).containsExactly(ogm(2026_000_126L), ogm(2026_000_127L));
    }

    @Test
    void theSameFileReadTwiceGivesTheSameEntryKeys() {
        BankStatement once = read(resource(BNP)).statements().get(0);
        BankStatement twice = read(resource(BNP)).statements().get(0);

        assertThat(twice.id()).isEqualTo(once.id());
        assertThat(twice.entries()).extracting(StatementEntry::key)
                .containsExactlyElementsOf(once.entries().stream().map(StatementEntry::key).toList())
                .doesNotHaveDuplicates();
    }

    @Test
    void twoStatementsInOneFileAreTwoStatementsAndPendingEntriesAreLeftOut() {
        StatementFile file = read(resource("/camt/camt053-kbc-two-statements.xml"));

        assertThat(file.errors()).isEmpty();
        assertThat(file.statements()).extracting(BankStatement::id).containsExactly(
                StatementId.of(ACCOUNT, 2026, 43, 43), StatementId.of(ACCOUNT, 2026, 44, 44));
        BankStatement first = file.statements().get(0);
        assertThat(first.openingBalance()).isEqualTo(Money.euros("181.91"));
        assertThat(first.closingBalance()).isEqualTo(Money.euros("-18.09"));
        assertThat(first.entries()).singleElement().satisfies(e -> {
            assertThat(e.bookingDate()).isEqualTo(LocalDate.of(2026, 3, 3));
            assertThat(e.transactionCode()).isEqualTo("01370000");
            assertThat(e.counterpartyName()).isEqualTo("TRANSPORTS MOSANS SRL");
        });
        assertThat(file.statements().get(1).credits()).singleElement()
                .satisfies(e -> assertThat(e.structuredCommunication()).contains(ogm(2026_000_125L)));
    }

    @Test
    void version08ReadsThePartyNameTheBicfiAndTheTransactionAmount() {
        StatementFile file = read(resource("/camt/camt053-belfius-v08.xml"));

        assertThat(file.errors()).isEmpty();
        BankStatement s = file.statements().get(0);
        assertThat(s.id()).isEqualTo(StatementId.of(ACCOUNT, 2026, 48, 48));
        assertThat(s.entries()).singleElement().satisfies(e -> {
            assertThat(e.counterpartyName()).isEqualTo("CPAS DE NAMUR");
            assertThat(e.counterpartyBic()).isEqualTo("GEBABEBB");
            assertThat(e.structuredCommunication()).contains(ogm(2026_000_128L));
        });
    }

    @Test
    void malformedXmlIsOneErrorWithTheParsersLineAndColumn() {
        StatementFile file = read(resource("/camt/camt053-malformed.xml"));

        assertThat(file.statements()).isEmpty();
        assertThat(file.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(7);
            assertThat(e.column()).isGreaterThan(1);
            assertThat(e.field()).isEqualTo("file");
            assertThat(e.messageFr()).startsWith("Le fichier n'est pas du XML bien formé");
            assertThat(e.messageEn()).startsWith("The file is not well-formed XML").contains("Amt");
        });
    }

    @Test
    void emptyOrNonXmlInputIsAnErrorNotAnException() {
        assertThat(read("").errors()).singleElement().satisfies(e -> assertThat(e.line()).isEqualTo(1));
        assertThat(read("Dit is geen XML").errors()).hasSize(1);
        assertThat(read("<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><d>&x;</d>").isValid()).isFalse();
    }

    @Test
    void anAmountInAnotherCurrencyIsAnErrorAtItsElement() {
        String xml = resource(BNP).replace("<Amt Ccy=\"EUR\">150.00</Amt>", "<Amt Ccy=\"USD\">150.00</Amt>");

        StatementFile file = read(xml);

        assertThat(file.statements()).isEmpty();
        assertThat(file.errors()).singleElement().satisfies(e -> {
            assertAt(e, xml, "<Amt Ccy=\"USD\">");
            assertThat(e.field()).isEqualTo("Document/BkToCstmrStmt/Stmt[1]/Ntry[2]/Amt/@Ccy");
            assertThat(e.messageEn()).contains("USD");
            assertThat(e.messageFr()).contains("euro");
        });
        String windows = xml.replace("\n", "\r\n");
        assertThat(read(windows).errors()).singleElement().satisfies(e -> assertAt(e, xml, "<Amt Ccy=\"USD\">"));
    }

    @Test
    void aStatementWithoutIbanIsAnErrorNamingTheMissingElement() {
        String xml = resource(BNP).replace("<IBAN>BE68539007547034</IBAN>", "<Othr><Id>539-0075470-34</Id></Othr>");

        StatementFile file = read(xml);

        assertThat(file.statements()).isEmpty();
        assertThat(file.errors()).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("Document/BkToCstmrStmt/Stmt[1]/Acct/Id/IBAN");
            int[] id = whereIs(xml, "<Othr>");
            assertThat(e.line()).isEqualTo(id[0] - 1);
            assertThat(e.messageFr()).contains("IBAN").contains("manque");
        });
    }

    @Test
    void aStatementAccountThatIsNoIbanIsAnError() {
        String xml = resource(BNP).replace("<IBAN>BE68539007547034</IBAN>", "<IBAN>BE68539007547035</IBAN>");

        assertThat(read(xml).errors()).singleElement().satisfies(e -> {
            assertAt(e, xml, "<IBAN>BE68539007547035");
            assertThat(e.messageEn()).contains("not a valid IBAN");
        });
    }

    @Test
    void anAmountThatIsNotADecimalOrHasAFractionOfACentIsAnError() {
        String comma = resource(BNP).replace(">50.97<", ">50,97<");
        String mills = resource(BNP).replace(">1234.56<", ">1234.565<");

        assertThat(read(comma).errors()).singleElement().satisfies(e -> {
            assertAt(e, comma, "<Amt Ccy=\"EUR\">50,97");
            assertThat(e.field()).isEqualTo("Document/BkToCstmrStmt/Stmt[1]/Ntry[1]/Amt");
        });
        assertThat(read(mills).errors()).singleElement()
                .satisfies(e -> assertThat(e.messageEn()).contains("fraction of a cent"));
    }

    @Test
    void aClosingBalanceThatIsNotTheOpeningPlusTheMovementsIsAnError() {
        String xml = resource(BNP).replace(">181.91<", ">181.19<");

        StatementFile file = read(xml);

        assertThat(file.statements()).isEmpty();
        assertThat(file.errors()).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("Document/BkToCstmrStmt/Stmt[1]/Bal[2]");
            assertThat(e.messageEn()).contains("181.19").contains("181.91");
        });
    }

    @Test
    void oneBadStatementOfTwoImportsNeither() {
        String xml = resource("/camt/camt053-kbc-two-statements.xml").replace(">80.00<", ">80.0O<");

        StatementFile file = read(xml);

        assertThat(file.statements()).isEmpty();
        assertThat(file.errors()).singleElement().satisfies(e -> assertThat(e.field()).startsWith("Document/BkToCstmrStmt/Stmt[2]/Ntry[1]"));
    }

    @Test
    void aPaymentOrderOrANotificationIsRefused() {
        StatementFile pain = read(resource("/camt/pain001-credit-transfer.xml"));
        StatementFile camt054 = read(resource("/camt/camt054-notification.xml"));

        assertThat(pain.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.column()).isEqualTo(1);
            assertThat(e.messageEn()).contains("not a CAMT.053 statement").contains("pain.001.001.03");
        });
        assertThat(camt054.errors()).singleElement().satisfies(e -> assertThat(e.messageFr()).contains("camt.054.001.02"));
    }

    @Test
    void anEntryWithoutAmountNamesTheMissingElement() {
        String xml = resource(BNP).replace("<Amt Ccy=\"EUR\">1234.56</Amt>", "");

        assertThat(read(xml).errors()).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("Document/BkToCstmrStmt/Stmt[1]/Ntry[4]/Amt");
            assertThat(e.messageEn()).isEqualTo("The mandatory element Amt is missing from Ntry");
        });
    }
}
