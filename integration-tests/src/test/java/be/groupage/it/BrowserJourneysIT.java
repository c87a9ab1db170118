package be.groupage.it;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static be.groupage.it.Fixtures.cycle;
import static be.groupage.it.Fixtures.kbo;
import static be.groupage.it.Fixtures.line;
import static be.groupage.it.Fixtures.memberOrder;
import static be.groupage.it.Fixtures.order;
import static be.groupage.it.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web pages in a real browser (headless Chromium) against the deployed WAR and MariaDB: one journey
 * per role, each starting from the sign-in form with the demo accounts, and a buyer trying to read another
 * member's page. Each journey leaves a screenshot in {@code target/screenshots/}.
 */
class BrowserJourneysIT extends InChromium {

    @Test
    void aWrongPasswordSaysSoWithoutRevealingTheLoginThenSignInAndOut() {
        browser.go("index.html");
        browser.screenshot("01-connexion");
        signInExpectingFailure("coordinator", "not-the-password");
        String wrongPassword = browser.text(By.id("signin-message"));
        signInExpectingFailure("nobody-" + ThreadLocalRandom.current().nextInt(1_000_000), "demo-demo");
        String unknownLogin = browser.text(By.id("signin-message"));
        assertThat(wrongPassword).isEqualTo(unknownLogin).isEqualTo("Identifiant ou mot de passe incorrect.");
        assertThat(browser.driver.getCurrentUrl()).contains("index.html");
        browser.screenshot("02-connexion-refusee");

        browser.signIn("coordinator", "demo", "coordination.html");
        Cookie session = browser.manage().getCookieNamed("JSESSIONID");
        assertThat(session).as("the session cookie").isNotNull();
        assertThat(session.isHttpOnly()).isTrue();
        assertThat(session.getSameSite()).isEqualTo("Strict");

        browser.find(By.id("sign-out")).click();
        browser.waitForText(By.id("signin-message"), "Vous êtes déconnecté.");
        browser.go("coordination.html");
        browser.wait.until(ExpectedConditions.urlContains("index.html"));
        assertThat(browser.text(By.id("signin-message"))).contains("session a expiré");
    }

    @Test
    void aBuyerBrowsesTheCatalogueWithFiltersAndSeesTheEstimateAsTheInvoiceWillCountIt() {
        browser.signIn("cpas-namur", "demo", "acheteur.html");
        browser.waitForText(By.id("title"), "CPAS de Namur");
        browser.waitForText(By.id("product-count"), "produits");

        browser.select(By.id("f-label"), "Bio");
        browser.wait.until(d -> rows().size() > 0 && rows().stream().allMatch(r -> r.getText().contains("Bio")));
        browser.type(By.id("f-q"), "carott");
        browser.wait.until(d -> rows().size() == 1 && rows().get(0).getText().contains("LEG-001"));
        String carrots = Browser.plain(rows().get(0).getText());
        assertThat(carrots).contains("Carottes", "Ferme du Try", "Gembloux · 12 km", "1,80 € / kg", "10 kg", "6 %");

        browser.type(By.id("qty-LEG-001"), "10,35");
        browser.waitForText(By.id("net-LEG-001"), "18,63 €");
        browser.waitForText(By.id("estimate-gross"), "19,75 €");

        browser.find(By.id("f-q")).clear();
        browser.select(By.id("f-label"), "Tous");
        browser.select(By.id("f-category"), "Hygiène");
        browser.wait.until(d -> rows().stream().anyMatch(r -> r.getText().contains("HYG-001")));
        browser.type(By.id("qty-HYG-001"), "12");
        // The domain's example: 18.63 at 6 % and 25.80 at 21 % give VAT 1.12 + 5.42 = 6.54, total 50.97.
        browser.waitForText(By.id("estimate-gross"), "50,97 €");
        assertThat(browser.text(By.id("estimate-net"))).isEqualTo("44,43 €");
        assertThat(browser.text(By.id("estimate-vat"))).isEqualTo("6,54 €");
        assertThat(browser.text(By.id("estimate-lines"))).isEqualTo("2");

        browser.type(By.id("qty-HYG-001"), "douze");
        browser.waitForText(By.cssSelector("#products .field-error"), "Nombre positif attendu");
        assertThat(browser.find(By.id("qty-HYG-001")).getAttribute("aria-invalid")).isEqualTo("true");
        browser.type(By.id("qty-HYG-001"), "12");
        browser.waitForText(By.id("estimate-gross"), "50,97 €");
        browser.screenshot("10-acheteur-catalogue");

        browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        browser.screenshot("11-acheteur-telephone");
    }

    @Test
    void aBuyerOpeningAnotherMembersPageIsToldItIsNotFound() {
        browser.signIn("cpas-namur", "demo", "acheteur.html");
        browser.go("acheteur.html?membre=CPAS-ANDENNE");
        browser.waitForText(By.id("page-message"), "introuvable");
        assertThat(browser.text(By.id("title"))).isEqualTo("Membre introuvable");
        assertThat(browser.driver.findElement(By.id("member-content")).isDisplayed()).isFalse();
        assertThat(browser.driver.getPageSource()).doesNotContain("CPAS d'Andenne").doesNotContain("Avenue Roi Albert");
        browser.screenshot("12-acheteur-autre-membre");

        browser.go("coordination.html");
        browser.waitForText(By.tagName("h1"), "Page réservée");
        assertThat(browser.driver.getPageSource()).doesNotContain("CPAS-ANDENNE");
    }

    @Test
    void theCooperativeSeesEveryErrorOfABadCatalogueThenImportsAGoodOne() {
        browser.signIn("coop", "demo", "cooperative.html");
        browser.waitForText(By.id("title"), "Coopérative");
        browser.wait.until(d -> !d.findElements(By.cssSelector("#versions tbody tr td.code")).isEmpty());
        int versionsBefore = versionRows();

        Path bad = csv("bad", """
                code;name;producer;unit;case_size;price;vat_rate
                WEB-001;Poireaux;Ferme du Try;kg;5;2,10;6
                WEB-002;Navets;Ferme du Try;boîte;5;1,20;6
                WEB-003;Céleri;Ferme du Try;kg;0;-1;6
                """);
        browser.find(By.id("csv")).sendKeys(bad.toString());
        browser.find(By.id("upload-button")).click();
        browser.waitForText(By.id("upload-message"), "rien n’a été importé");
        List<WebElement> errors = browser.driver.findElements(By.cssSelector("#upload-errors tbody tr"));
        assertThat(errors).hasSizeGreaterThanOrEqualTo(3);
        String table = browser.text(By.id("upload-errors"));
        assertThat(table).contains("Unité inconnue").contains("boîte");
        assertThat(errors.stream().map(r -> r.findElement(By.cssSelector("td")).getText()).toList()).contains("3", "4");
        assertThat(versionRows()).isEqualTo(versionsBefore);
        browser.screenshot("20-cooperative-catalogue-erreurs");

        Path good = csv("good", """
                code;name;producer;unit;case_size;price;vat_rate
                WEB-001;Poireaux;Ferme du Try;kg;5;2,10;6
                WEB-002;Navets;Ferme du Try;kg;5;1,20;6
                """);
        browser.find(By.id("csv")).sendKeys(good.toString());
        browser.find(By.id("upload-button")).click();
        browser.waitForText(By.id("upload-message"), "Catalogue importé");
        assertThat(browser.text(By.id("upload-message"))).contains("2 produits");
        browser.wait.until(d -> versionRows() == versionsBefore + 1);
        assertThat(browser.driver.findElement(By.id("upload-errors-wrap")).isDisplayed()).isFalse();
        browser.screenshot("21-cooperative-catalogue-importe");
    }

    @Test
    void htmlAndScriptInAMembersNameAreShownAsTextOnEveryPageAndNeverRun() {
        String code = "ASBL-XSS-" + unique();
        String name = "<img src=x onerror=\"window.__xss='img'\"><script>window.__xss='script'</script> L'Épi & <b>Co</b>";
        Fixtures fixtures = Fixtures.at(base);
        Map<String, Object> member = new java.util.HashMap<>(Fixtures.memberBody(code, Fixtures.anyKbo()));
        member.put("name", name);
        member.put("deliveryPoint", "<svg onload=\"window.__xss='svg'\">Dépôt</svg>");
        Api.Reply registered = fixtures.coordinator().postJson("/api/members", member);
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        String login = code.toLowerCase(java.util.Locale.ROOT);
        String password = "phrase de passe " + unique();
        assertThat(fixtures.coordinator().postJson("/api/users", Map.of("login", login, "password", password, "role", "BUYER", "member", code))
                .status()).isEqualTo(201);

        browser.signIn("coordinator", "demo", "coordination.html");
        browser.go("coordination.html#membres");
        String row = browser.waitForText(By.cssSelector("#member-list tbody"), code);
        assertThat(row).contains(name);
        assertThat(browser.driver.findElements(By.cssSelector("#member-list img, #member-list script, #member-list b, #member-list svg"))).isEmpty();
        assertThat(browser.driver.executeScript("return window.__xss === undefined")).isEqualTo(true);
        browser.screenshot("33-coordination-nom-avec-html");

        browser.find(By.id("sign-out")).click();
        browser.waitForText(By.id("signin-message"), "déconnecté");
        browser.signIn(login, password, "acheteur.html");
        browser.waitForText(By.tagName("main"), "L'Épi & <b>Co</b>");
        assertThat(browser.driver.findElements(By.cssSelector("main img, main script:not([src]), main b, main svg"))).isEmpty();
        assertThat(browser.driver.executeScript("return window.__xss === undefined")).isEqualTo(true);
    }

    @Test
    void theCoordinatorRegistersAMemberAndItsBuyerSeeingEachErrorNextToItsField() {
        browser.signIn("coordinator", "demo", "coordination.html");
        browser.go("coordination.html#membres");
        browser.wait.until(d -> d.findElements(By.cssSelector("#member-list tbody tr")).size() >= 10);
        int membersBefore = browser.driver.findElements(By.cssSelector("#member-list tbody tr")).size();

        String code = "ASBL-WEB-" + ThreadLocalRandom.current().nextInt(1000, 10000);
        browser.type(By.id("m-code"), code);
        browser.type(By.id("m-kbo"), "0123456789");
        browser.select(By.id("m-kind"), "Association (ASBL)");
        browser.find(By.cssSelector("#member-form button[type=submit]")).click();
        browser.waitForText(By.id("member-message"), "Corrigez les champs signalés");
        assertThat(fieldError("m-name")).isEqualTo("Ce champ est obligatoire.");
        assertThat(fieldError("m-kbo")).contains("Numéro d’entreprise (BCE) invalide");
        assertThat(fieldError("m-street")).isEqualTo("Ce champ est obligatoire.");
        assertThat(browser.find(By.id("m-kbo")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.driver.switchTo().activeElement().getAttribute("id")).isIn("m-name", "m-kbo");
        browser.screenshot("30-coordination-membre-erreurs");

        browser.type(By.id("m-name"), "ASBL Le Web Solidaire");
        browser.type(By.id("m-kbo"), kbo(4_700_321));
        browser.type(By.id("m-street"), "Rue de Fer 10");
        browser.type(By.id("m-postal"), "5000");
        browser.type(By.id("m-city"), "Namur");
        browser.type(By.id("m-point"), "Local de la rue de Fer");
        browser.find(By.cssSelector("#member-form button[type=submit]")).click();
        browser.waitForText(By.id("member-message"), "enregistré");
        browser.wait.until(d -> d.findElements(By.cssSelector("#member-list tbody tr")).size() == membersBefore + 1);
        assertThat(browser.driver.findElements(By.cssSelector("#member-form .field-error"))).isEmpty();

        browser.go("coordination.html#utilisateurs");
        String login = code.toLowerCase();
        browser.type(By.id("u-login"), login);
        browser.type(By.id("u-password"), "court");
        browser.select(By.id("u-role"), "Acheteur (membre)");
        browser.wait.until(d -> d.findElements(By.cssSelector("#u-member option")).size() > membersBefore);
        browser.select(By.id("u-member"), "ASBL Le Web Solidaire (" + code + ")");
        browser.find(By.cssSelector("#user-form button[type=submit]")).click();
        browser.waitForText(By.id("user-message"), "Corrigez");
        assertThat(fieldError("u-password")).isEqualTo("Au moins 12 caractères.");
        browser.type(By.id("u-password"), "un-bon-mot-de-passe");
        browser.find(By.cssSelector("#user-form button[type=submit]")).click();
        browser.waitForText(By.id("user-message"), "Compte « " + login + " » créé.");
        browser.waitForText(By.id("user-list"), login);
        browser.screenshot("31-coordination-utilisateurs");

        // The invoicing party as seeded: a wrong IBAN is refused next to its field, the right one saved again.
        browser.go("coordination.html#facturation");
        browser.wait.until(d -> !d.findElement(By.id("i-iban")).getAttribute("value").isEmpty());
        String iban = browser.find(By.id("i-iban")).getAttribute("value");
        browser.type(By.id("i-iban"), "BE00 0000 0000 0000");
        browser.find(By.cssSelector("#issuer-form button[type=submit]")).click();
        browser.waitForText(By.id("issuer-message"), "Corrigez");
        assertThat(fieldError("i-iban")).isEqualTo("Ce numéro de compte IBAN n’est pas valide.");
        browser.type(By.id("i-iban"), iban);
        browser.find(By.cssSelector("#issuer-form button[type=submit]")).click();
        browser.waitForText(By.id("issuer-message"), "Partie qui facture enregistrée.");
        browser.screenshot("32-coordination-facturation");

        // The new buyer signs in and lands on its own member's page.
        browser.find(By.id("sign-out")).click();
        browser.waitForText(By.id("signin-message"), "déconnecté");
        browser.signIn(login, "un-bon-mot-de-passe", "acheteur.html");
        browser.waitForText(By.id("title"), "ASBL Le Web Solidaire");
    }

    @Test
    void aBuyerOrdersInAnOpenCycleSeesTheEstimateAndEditsTheOrder() {
        String title = "Commande web " + unique();
        long id = fixtures().openCycle(title, "TOLERANCE", "PROPORTIONAL");
        // another member has already ordered 5 kg of carrots: the case gauge counts everyone's orders
        fixtures().order(id, "cpas-andenne", "CPAS-ANDENNE", order(null, line("LEG-001", "5")));

        browser.signIn("cpas-namur", "demo", "acheteur.html");
        browser.find(By.cssSelector("button[aria-label='Commander — " + title + "']")).click();
        browser.waitForText(By.id("catalogue-title"), title);
        assertThat(browser.find(By.cssSelector("th.tolerance-col")).isDisplayed()).as("a tolerance cycle asks for maxima").isTrue();

        browser.type(By.id("f-q"), "LEG-001");
        browser.wait.until(d -> rows().size() == 1);
        browser.type(By.id("qty-LEG-001"), "10,35");
        browser.type(By.name("max-LEG-001"), "15");
        browser.waitForText(By.id("fill-LEG-001"), "Tous membres : 1 colis complet + 5,35 / 10 kg");
        browser.type(By.id("f-q"), "HYG-001");
        browser.wait.until(d -> rows().size() == 1 && rows().get(0).getText().contains("HYG-001"));
        browser.type(By.id("qty-HYG-001"), "12");
        browser.waitForText(By.id("estimate-gross"), "50,97 €");
        browser.type(By.id("purchaseOrderRef"), "BC-2026-0042");
        browser.find(By.id("save-order")).click();
        browser.waitForText(By.id("order-message"), "Commande enregistrée : 2 produits, 50,97 € TVAC estimés.");
        browser.screenshot("13-acheteur-commande");

        Api.Reply saved = Api.at(base).demo("cpas-namur").get("/api/cycles/" + id + "/orders/CPAS-NAMUR");
        assertThat(saved.json().path("purchaseOrderRef").asText()).isEqualTo("BC-2026-0042");
        assertThat(saved.json().path("lines").size()).isEqualTo(2);
        assertThat(saved.json().path("estimatedTotal").path("gross").decimalValue()).isEqualByComparingTo("50.97");

        // Back later, before the deadline: the order is there and can be changed.
        browser.go("acheteur.html");
        browser.find(By.cssSelector("button[aria-label='Commander — " + title + "']")).click();
        browser.waitForText(By.id("estimate-gross"), "50,97 €");
        browser.type(By.id("f-q"), "HYG-001");
        browser.wait.until(d -> rows().size() == 1 && rows().get(0).getText().contains("HYG-001"));
        assertThat(browser.find(By.id("qty-HYG-001")).getAttribute("value")).isEqualTo("12");
        browser.type(By.id("qty-HYG-001"), "24");
        browser.find(By.id("save-order")).click();
        browser.waitForText(By.id("order-message"), "Commande enregistrée");
        assertThat(Api.at(base).demo("cpas-namur").get("/api/cycles/" + id + "/orders/CPAS-NAMUR").json().path("lines").findValuesAsText("quantity"))
                .contains("24");
    }

    @Test
    void theCoordinatorClosesACycleAndSeesWhatTheRoundingDidToEachMember() {
        String title = "Clôture web " + unique();
        long id = fixtures().openCycle(title, "ROUND_DOWN", "PROPORTIONAL");
        fixtures().order(id, "cpas-namur", "CPAS-NAMUR", order(null, line("LEG-001", "7")));
        fixtures().order(id, "cpas-andenne", "CPAS-ANDENNE", order(null, line("LEG-001", "8")));

        browser.signIn("coordinator", "demo", "coordination.html");
        browser.find(By.cssSelector("button[aria-label='Clôturer le cycle " + title + "']")).click();
        browser.waitForText(By.id("cycles-message"), "Cycle « " + title + " » clôturé.");
        browser.waitForText(By.id("consolidation-title"), title);
        String members = browser.text(By.id("consolidation-members"));
        assertThat(members).contains("CPAS de Namur", "CPAS d'Andenne", "Manque partagé", "arrondie à 1 colis complet de 10 kg");
        assertThat(browser.text(By.id("consolidation-products"))).contains("15 kg", "1 × 10 kg");
        assertThat(Api.at(base).demo("coordinator").get("/api/cycles/" + id).json().path("status").asText()).isEqualTo("CLOSED");
        browser.screenshot("33-coordination-cloture");

        // The buyer sees what it was allocated and why.
        browser.find(By.id("sign-out")).click();
        browser.waitForText(By.id("signin-message"), "déconnecté");
        browser.signIn("cpas-namur", "demo", "acheteur.html");
        browser.find(By.cssSelector("button[aria-label='Voir — " + title + "']")).click();
        browser.waitForText(By.id("allocation"), "Moins que commandé");
        assertThat(browser.text(By.id("allocation"))).contains("Carottes", "7 kg", "4,667 kg", "manque réparti au prorata des commandes");
        // priced on what was allocated: 4.667 kg × 1.80 = 8.40, VAT 6 % 0.50
        browser.waitForText(By.id("estimate-title"), "quantités attribuées");
        assertThat(browser.text(By.id("estimate-gross"))).isEqualTo("8,90 €");
        browser.screenshot("14-acheteur-attribution");
    }

    @Test
    void theCoordinatorRecordsAFrameworkAgreementAndCreatesAndOpensACycle() {
        browser.signIn("coordinator", "demo", "coordination.html");
        browser.go("coordination.html#accords");
        String agreement = "AC-WEB-" + unique();
        browser.type(By.id("a-number"), agreement);
        // Other tests share the database and may have added cooperatives: name the demo one.
        browser.selectValue(By.id("a-supplier"), "COOP-NAMUR");
        browser.date(By.id("a-from"), LocalDate.now().minusDays(1));
        browser.date(By.id("a-to"), LocalDate.now().plusYears(2));
        browser.type(By.id("a-ceiling1"), "5000");
        browser.find(By.cssSelector("#agreement-form button[type=submit]")).click();
        browser.waitForText(By.id("agreement-message"), "Accord-cadre " + agreement + " enregistré.");
        browser.waitForText(By.id("agreement-list"), agreement);
        assertThat(browser.text(By.id("agreement-list"))).contains("5 000,00 €");
        browser.screenshot("34-coordination-accords");

        browser.go("coordination.html#cycles");
        String title = "Cycle créé à l’écran " + unique();
        browser.selectValue(By.id("c-supplier"), "COOP-NAMUR");
        // the list now holds the demo cooperative's versions (its seeded one has 64 products)
        browser.wait.until(d -> d.findElements(By.cssSelector("#c-catalogue option")).stream().anyMatch(o -> o.getText().contains("(64 produits)")));
        browser.value(By.id("c-opens"), java.time.LocalDateTime.now().minusMinutes(1).withSecond(0).withNano(0).toString());
        browser.value(By.id("c-closes"), java.time.LocalDateTime.now().plusHours(3).withSecond(0).withNano(0).toString());
        browser.date(By.id("c-delivery"), LocalDate.now().minusDays(2));
        browser.find(By.cssSelector("#cycle-form button[type=submit]")).click();
        browser.waitForText(By.id("cycle-message"), "Corrigez");
        assertThat(fieldError("c-title")).isEqualTo("Ce champ est obligatoire.");
        assertThat(fieldError("c-delivery")).isEqualTo("La livraison doit suivre la clôture.");

        browser.type(By.id("c-title"), title);
        browser.date(By.id("c-delivery"), LocalDate.now().plusDays(6));
        browser.select(By.id("c-rounding"), "Dans la tolérance des membres (maximum)");
        browser.select(By.id("c-agreement"), agreement + " (COOP-NAMUR)");
        browser.type(By.id("c-lot"), "1");
        browser.type(By.id("c-cost-label"), "Transport");
        browser.type(By.id("c-cost-amount"), "45,50");
        browser.select(By.id("c-cost-rule"), "Selon le poids");
        browser.find(By.cssSelector("#cycle-form button[type=submit]")).click();
        browser.waitForText(By.id("cycle-message"), "créé en brouillon");
        browser.find(By.cssSelector("button[aria-label='Ouvrir le cycle " + title + "']")).click();
        browser.waitForText(By.id("cycles-message"), "Cycle « " + title + " » ouvert.");
        browser.screenshot("35-coordination-cycles");

        Api.Reply cycles = Api.at(base).demo("coordinator").get("/api/cycles?status=OPEN");
        com.fasterxml.jackson.databind.JsonNode made = null;
        for (com.fasterxml.jackson.databind.JsonNode c : cycles.json()) {
            if (title.equals(c.path("title").asText())) {
                made = c;
            }
        }
        assertThat(made).as("the cycle made on the page, open").isNotNull();
        assertThat(made.path("caseRounding").asText()).isEqualTo("TOLERANCE");
        assertThat(made.path("frameworkAgreement").asText()).isEqualTo(agreement);
        assertThat(made.path("sharedCosts").get(0).path("amount").decimalValue()).isEqualByComparingTo("45.50");
        assertThat(made.path("sharedCosts").get(0).path("rule").asText()).isEqualTo("BY_WEIGHT");
    }

    @Test
    void theCooperativeRecordsTheReceptionWithLotsAndDates() {
        String title = "Réception web " + unique();
        long id = orderedCycle(title);

        browser.signIn("coop", "demo", "cooperative.html");
        browser.go("cooperative.html#cycles");
        browser.find(By.cssSelector("button[aria-label='Enregistrer la réception du cycle " + title + "']")).click();
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reception-form")));
        assertThat(browser.find(By.id("r-qty-LEG-001")).getAttribute("value")).isEqualTo("150");
        browser.type(By.id("r-qty-LEG-001"), "-3");
        browser.type(By.id("r-lot-LEG-001"), "CAR-" + id);
        browser.select(By.id("r-kind-LEG-001"), "À consommer jusqu’au (DLC)");
        browser.date(By.id("r-date-LEG-001"), LocalDate.now().plusDays(12));
        browser.type(By.id("r-lot-CON-001"), "CONF-" + id);
        browser.date(By.id("r-date-CON-001"), LocalDate.now().plusYears(1));
        browser.find(By.cssSelector("#reception-form button[type=submit]")).click();
        browser.waitForText(By.id("reception-message"), "Corrigez");
        assertThat(fieldError("r-qty-LEG-001")).isEqualTo("Ne peut pas être négatif.");
        browser.screenshot("22-cooperative-reception-erreur");

        browser.type(By.id("r-qty-LEG-001"), "148,6");
        browser.find(By.cssSelector("#reception-form button[type=submit]")).click();
        browser.waitForText(By.id("reception-message"), "Réception enregistrée");
        assertThat(Api.at(base).demo("coop").get("/api/cycles/" + id).json().path("status").asText()).isEqualTo("RECEIVED");
        Api.Reply recall = Api.at(base).demo("coordinator").get("/api/lots/CAR-" + id + "/recipients");
        assertThat(recall.json().path("memberCount").asInt()).as(recall.toString()).isEqualTo(2);
        browser.screenshot("23-cooperative-reception");

        browser.find(By.cssSelector("button[aria-label='Bon de commande du cycle " + title + " en PDF']")).click();
        browser.waitForText(By.id("cycles-message"), "Téléchargé");
        assertThat(startOf(browser.downloaded(".pdf"))).isEqualTo("%PDF");
    }

    @Test
    void financeIssuesTheInvoicesDownloadsOneAndIssuesACreditNote() {
        String title = "Factures web " + unique();
        long id = orderedCycle(title);
        Api.Reply received = Api.at(base).demo("coop").postJson("/api/cycles/" + id + "/reception", Map.of("lines", List.of(
                Map.of("product", "LEG-001", "quantity", 150, "lot", "F-" + id, "useBy", LocalDate.now().plusDays(10).toString()),
                Map.of("product", "CON-001", "quantity", 12, "lot", "G-" + id, "bestBefore", LocalDate.now().plusYears(1).toString()))));
        assertThat(received.status()).as(received.toString()).isEqualTo(200);

        browser.signIn("finance", "demo", "finance.html");
        browser.find(By.cssSelector("button[aria-label='Émettre les factures du cycle " + title + "']")).click();
        // issuing renders and validates every PDF and UBL: give it longer than a page load
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, java.time.Duration.ofSeconds(120))
                .until(d -> Browser.plain(d.findElement(By.id("cycles-message")).getText()).contains("émises"));
        browser.wait.until(d -> d.findElements(By.cssSelector("#f-cycle option[value='" + id + "']")).size() == 1);
        new org.openqa.selenium.support.ui.Select(browser.find(By.id("f-cycle"))).selectByValue(String.valueOf(id));
        browser.find(By.cssSelector("#invoice-filters button[type=submit]")).click();
        browser.wait.until(d -> d.findElements(By.cssSelector("#invoices tbody tr")).size() == 2
                && d.findElements(By.cssSelector("#invoices tbody tr")).stream().allMatch(r -> r.getText().contains("n° " + id)));
        String invoice = browser.driver.findElement(By.cssSelector("#invoices tbody tr th")).getText();
        browser.screenshot("40-finance-factures");

        browser.find(By.cssSelector("button[aria-label='Télécharger la facture " + invoice + " en PDF']")).click();
        browser.waitForText(By.id("invoices-message"), "Téléchargé");
        assertThat(startOf(browser.downloaded(".pdf"))).isEqualTo("%PDF");

        browser.find(By.cssSelector("button[data-credit='" + invoice + "']")).click();
        browser.find(By.id("credit-submit")).click();
        assertThat(fieldError("c-reason")).isEqualTo("Ce champ est obligatoire.");
        browser.type(By.id("c-reason"), "Carottes abîmées à la livraison");
        browser.find(By.id("credit-submit")).click();
        browser.waitForText(By.id("credit-message"), "Note de crédit");
        assertThat(browser.text(By.id("credit-message"))).contains("émise");
        assertThat(Api.at(base).demo("finance").get("/api/invoices/" + invoice).json().path("creditNotes").size()).isEqualTo(1);
        browser.screenshot("41-finance-note-de-credit");
    }

    @Test
    void aSessionRequestThatChangesSomethingNeedsTheCsrfHeaderWhileBasicClientsDoNot() {
        Api api = Api.at(base);
        HttpRequest noHeader = HttpRequest.newBuilder(api.uri("/auth/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("login=coordinator&password=demo")).build();
        assertThat(api.send(noHeader).status()).isEqualTo(403);

        Api.Reply signedIn = api.send(HttpRequest.newBuilder(api.uri("/auth/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-Groupage-Csrf", "1")
                .POST(HttpRequest.BodyPublishers.ofString("login=coordinator&password=demo")).build());
        assertThat(signedIn.status()).as(signedIn.toString()).isEqualTo(200);
        assertThat(signedIn.json().path("page").asText()).isEqualTo("coordination.html");
        String setCookie = signedIn.header("Set-Cookie");
        assertThat(setCookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Strict");
        String cookie = setCookie.substring(0, setCookie.indexOf(';'));

        Api.Reply me = api.send(HttpRequest.newBuilder(api.uri("/api/me")).header("Cookie", cookie).GET().build());
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().path("role").asText()).isEqualTo("COORDINATOR");

        String body = "{\"name\":\"Issuer without anything else\"}";
        Api.Reply forged = api.send(HttpRequest.newBuilder(api.uri("/api/settings/issuer")).header("Cookie", cookie)
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body)).build());
        assertThat(forged.status()).as(forged.toString()).isEqualTo(403);
        assertThat(forged.json().path("type").asText()).endsWith("/csrf");

        Api.Reply fromThePage = api.send(HttpRequest.newBuilder(api.uri("/api/settings/issuer")).header("Cookie", cookie)
                .header("X-Groupage-Csrf", "1").header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)).build());
        assertThat(fromThePage.status()).as("checked, then refused for its content: " + fromThePage).isEqualTo(400);

        assertThat(api.demo("coordinator").putJson("/api/settings/issuer", body).status()).as("Basic needs no header").isEqualTo(400);
        assertThat(api.demo("coordinator").get("/api/me").json().path("login").asText()).isEqualTo("coordinator");
        assertThat(api.demo("cpas-namur").get("/api/me").json().path("member").asText()).isEqualTo("CPAS-NAMUR");
        assertThat(api.get("/api/me").status()).isEqualTo(401);
    }

    // ---- cycles set up through the API, as the coordinator and the buyers would ----

    private Fixtures fixtures() {
        return Fixtures.at(base);
    }

    /** A cycle sent to the cooperative: 150 kg of carrots (270 €, over its 250 € minimum) and 12 jars of jam. */
    private long orderedCycle(String title) {
        return fixtures().sent(cycle(title, "ROUND_UP", "PROPORTIONAL"), List.of(
                memberOrder("CPAS-NAMUR", null, line("LEG-001", "100"), line("CON-001", "12")),
                memberOrder("CPAS-ANDENNE", null, line("LEG-001", "50"))));
    }

    private static String startOf(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            return new String(bytes, 0, Math.min(4, bytes.length), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void signInExpectingFailure(String login, String password) {
        browser.go("index.html");
        browser.type(By.id("login"), login);
        browser.type(By.id("password"), password);
        browser.find(By.id("signin-button")).click();
        browser.waitForText(By.id("signin-message"), "incorrect");
    }

    private List<WebElement> rows() {
        return browser.driver.findElements(By.cssSelector("#products tbody tr"));
    }

    private int versionRows() {
        return browser.driver.findElements(By.cssSelector("#versions tbody tr td.code")).size();
    }

    private String fieldError(String inputId) {
        return browser.text(By.cssSelector("#" + inputId + "-error"));
    }


    private static Path csv(String name, String content) {
        try {
            Path file = Files.createTempFile("catalogue-" + name + "-", ".csv");
            Files.writeString(file, content, StandardCharsets.UTF_8);
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
