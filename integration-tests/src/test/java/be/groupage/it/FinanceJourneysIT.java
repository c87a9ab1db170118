package be.groupage.it;

import be.groupage.it.BankFiles.Movement;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static be.groupage.it.Fixtures.line;
import static be.groupage.it.Fixtures.memberOrder;
import static be.groupage.it.Fixtures.reception;
import static be.groupage.it.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The finance page in Chromium against the built WAR. Payments: a CODA statement uploaded from the page pays one
 * invoice by its OGM and leaves a mistyped one waiting; finance confirms the suggestion in the queue; the invoices'
 * states, the aged balance fifteen days past the due date and the reminders due then are on the page; the member's buyer
 * sees on its own page what is left to pay. The cooperative's invoice: uploaded for its cycle, a raised price shown
 * on its line with the amount, disputed with a note. Screenshots in
 * {@code target/screenshots/}.
 */
class FinanceJourneysIT extends InChromium {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    @Test
    void financeImportsAStatementConfirmsTheWaitingCreditAndFollowsStatesAgedBalanceAndReminders() throws IOException {
        Fixtures fixtures = Fixtures.at(base);
        long cycle = fixtures.received(cycle("Paiements web " + unique()), List.of(
                        memberOrder("CPAS-NAMUR", null, line("LEG-001", "90")),
                        memberOrder("CPAS-ANDENNE", null, line("LEG-001", "60"))),
                List.of(reception("LEG-001", null, "150")));
        Map<String, JsonNode> invoices = new HashMap<>();
        fixtures.issueInvoices(cycle).json().forEach(i -> invoices.put(i.path("member").asText(), i));
        JsonNode namur = invoices.get("CPAS-NAMUR");
        JsonNode andenne = invoices.get("CPAS-ANDENNE");
        String andenneNumber = andenne.path("number").asText();
        BigDecimal half = andenne.path("payable").decimalValue().divide(BigDecimal.valueOf(2), 2, RoundingMode.DOWN);
        LocalDate today = LocalDate.now(BRUSSELS);
        Path coda = Files.createTempFile("releve-", ".cod");
        // CPAS d'Andenne writes the invoice number instead of the OGM: the credit waits for a person
        Files.writeString(coda, BankFiles.coda(fixtures.coordinator().get("/api/settings/issuer").json().path("iban").asText(), 400 + ThreadLocalRandom.current().nextInt(300), today, new BigDecimal("100.00"),
                List.of(Movement.structured("WEB" + unique(), namur.path("payable").decimalValue().toPlainString(), namur.path("ogm").asText(),
                                "CPAS DE NAMUR", "BE21001234567803"),
                        Movement.free("WEB" + unique(), half.toPlainString(), "Facture " + andenneNumber + " acompte", "CPAS D'ANDENNE",
                                "BE31091000012355"))), StandardCharsets.ISO_8859_1);

        browser.signIn("finance", "demo", "finance.html");
        browser.find(By.id("statement-submit")).click();
        assertThat(browser.waitForText(By.cssSelector("#statement-form .field-error"), "Choisissez")).isNotEmpty();
        browser.find(By.id("s-file")).sendKeys(coda.toString());
        browser.find(By.id("statement-submit")).click();
        String imported = browser.waitForText(By.id("statement-message"), "importé");
        assertThat(imported).contains("1 paiement(s) rapproché(s) automatiquement", "1 à rapprocher", "0 débit(s)");
        browser.wait.until(d -> d.findElements(By.cssSelector("#receivables tr[data-receivable='" + namur.path("number").asText()
                + "'][data-state='PAID']")).size() == 1);
        browser.screenshot("50-finance-releve-importe");

        By waiting = By.xpath("//table[@id='unmatched']//tr[td[contains(., 'Facture " + andenneNumber + " acompte')]]");
        assertThat(browser.find(waiting).getText()).contains("CPAS-ANDENNE", andenneNumber);
        browser.find(waiting).findElement(By.xpath(".//button[normalize-space()='Confirmer']")).click();
        browser.waitForText(By.id("unmatched-message"), "rapproché");
        browser.wait.until(d -> d.findElements(By.cssSelector("#receivables tr[data-receivable='" + andenneNumber
                + "'][data-state='PARTLY_PAID']")).size() == 1);
        assertThat(browser.driver.findElements(waiting)).isEmpty();

        // fifteen days past the due date (the payment terms are the invoicing party's, other tests change them): the rest
        // is overdue, in the 0–30 days column, and a first reminder is due
        LocalDate later = LocalDate.parse(andenne.path("dueDate").asText()).plusDays(15);
        browser.date(By.id("r-asof"), later);
        browser.type(By.id("r-member"), "CPAS-ANDENNE");
        browser.find(By.cssSelector("#receivable-filters button[type=submit]")).click();
        browser.wait.until(d -> d.findElements(By.cssSelector("#receivables tr[data-receivable='" + andenneNumber
                + "'][data-state='OVERDUE']")).size() == 1);
        assertThat(browser.text(By.cssSelector("#receivables tr[data-receivable='" + andenneNumber + "']"))).contains("En retard",
                Browser.plain(money(andenne.path("payable").decimalValue().subtract(half))));
        // the member's row adds up all its open invoices in the shared database: this one puts something in 0–30 days
        String upTo30 = browser.text(By.cssSelector("#aged tr[data-member='CPAS-ANDENNE'] td:nth-of-type(2)"));
        assertThat(upTo30).isNotEqualTo(Browser.plain(money(BigDecimal.ZERO.setScale(2))));
        browser.screenshot("51-finance-suivi-et-balance-agee");

        browser.date(By.id("rm-date"), later);
        browser.find(By.id("reminder-preview")).click();
        browser.waitForText(By.id("reminder-message"), "rappel(s) dû(s)");
        assertThat(browser.text(By.id("due-reminders"))).contains(andenneNumber, "Premier rappel");
        assertThat(browser.text(By.id("reminders-policy"))).contains("15 jours après l’échéance");
        browser.screenshot("52-finance-rappels-dus");

        // the member's buyer sees on its page what is left to pay
        browser.find(By.id("sign-out")).click();
        browser.wait.until(d -> d.getCurrentUrl().contains("index.html"));
        browser.signIn("cpas-andenne", "demo", "acheteur.html");
        String row = browser.waitForText(By.cssSelector("#invoices tr[data-invoice='" + andenneNumber + "']"), "Partiellement payée");
        assertThat(row).contains("reste " + Browser.plain(money(andenne.path("payable").decimalValue().subtract(half))));
        browser.screenshot("53-acheteur-factures-paiement");
    }

    @Test
    void financeChecksTheCooperativesInvoiceAgainstOrderAndReceptionAndDisputesAPriceIncrease() throws IOException {
        Fixtures fixtures = Fixtures.at(base);
        String title = "Facture coop web " + unique();
        long cycle = fixtures.received(cycle(title), List.of(memberOrder("CPAS-NAMUR", null, line("LEG-001", "100"), line("HYG-001", "96"))),
                List.of(reception("LEG-001", null, "100"), reception("HYG-001", null, "96")));
        Api coordinator = fixtures.coordinator();
        String kbo = coordinator.get("/api/suppliers/" + Fixtures.COOPERATIVE).json().path("kbo").asText();
        String number = "F-" + unique();
        Path xml = Files.createTempFile("facture-coop-", ".xml");
        Files.writeString(xml, CooperativeInvoices.ubl(coordinator, cycle, number, kbo, Map.of(
                "LEG-001", new CooperativeInvoices.Invoiced("100", "1.80"), "HYG-001", new CooperativeInvoices.Invoiced("96", "2.25"))),
                StandardCharsets.UTF_8);

        browser.signIn("finance", "demo", "finance.html");
        browser.selectValue(By.id("si-cycle"), String.valueOf(cycle));
        browser.find(By.id("si-file")).sendKeys(xml.toString());
        browser.find(By.id("si-submit")).click();
        assertThat(browser.waitForText(By.id("si-message"), number)).contains("1 ligne(s) à vérifier");
        String soap = browser.waitForText(By.cssSelector("#si-lines tr[data-state='DIFFERS']"), "Prix différent du catalogue du cycle");
        assertThat(soap).contains("HYG-001", "attendu 2.15, facturé 2.25", "+9.6");
        assertThat(browser.driver.findElements(By.cssSelector("#si-lines tr[data-state='MATCHED']"))).hasSize(1);
        browser.screenshot("54-finance-facture-cooperative");

        browser.find(By.id("si-dispute")).click();
        browser.wait.until(d -> !d.findElements(By.cssSelector("#si-decision-form .field-error")).isEmpty()
                || Browser.plain(d.findElement(By.id("si-decision-message")).getText()).contains("note"));
        browser.type(By.id("si-note"), "Savon facturé 2,25 € au lieu de 2,15 € (catalogue du cycle)");
        browser.find(By.id("si-dispute")).click();
        browser.waitForText(By.id("si-decision-message"), "Décision enregistrée : Contestée");
        assertThat(browser.text(By.id("si-decision"))).contains("Contestée par finance", "2,25");
        browser.waitForText(By.cssSelector("#si-list tbody"), "Contestée");
        browser.screenshot("55-finance-facture-cooperative-contestee");
    }

    /** 12,34 € as the page writes it (fr-BE). */
    private static String money(BigDecimal amount) {
        return java.text.NumberFormat.getCurrencyInstance(java.util.Locale.forLanguageTag("fr-BE")).format(amount);
    }

    private static Map<String, Object> cycle(String title) {
        Map<String, Object> cycle = Fixtures.cycle(title, "ROUND_UP", "PROPORTIONAL");
        cycle.put("deliveryDate", LocalDate.now(BRUSSELS).plusDays(3).toString());
        return cycle;
    }
}
