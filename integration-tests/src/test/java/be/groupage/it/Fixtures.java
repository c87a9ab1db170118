package be.groupage.it;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.net.URL;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Test data made the way a client makes it, through the API only: cooperatives with a catalogue from a
 * CSV text, members with valid KBO numbers and their buyer accounts, framework agreements, and cycles
 * walked through open → orders → close → send → reception → invoices. Every step checks that the API
 * accepted it, so a failing set-up says which call was refused and why.
 *
 * <p>The demo data that the service seeds on start (cooperative {@value #COOPERATIVE} with catalogue
 * {@value #SEEDED_CATALOGUE}, the CPAS members and the demo accounts, password {@code demo}) is used as a
 * user of the demo would find it; nothing here writes to the database directly.
 */
final class Fixtures {

    /** The seeded cooperative and its first catalogue version. */
    static final String COOPERATIVE = "COOP-NAMUR";
    static final long SEEDED_CATALOGUE = 1;

    private final Api api;

    private Fixtures(Api api) {
        this.api = api;
    }

    static Fixtures at(URL base) {
        return new Fixtures(Api.at(base));
    }

    static Fixtures on(Api api) {
        return new Fixtures(api.anonymous());
    }

    /** A demo account (password {@code demo}). */
    Api as(String login) {
        return api.demo(login);
    }

    Api coordinator() {
        return as("coordinator");
    }

    Api anonymous() {
        return api.anonymous();
    }

    // ---- parties and accounts ----

    /** A valid Belgian enterprise number: the last two digits are 97 − (first eight mod 97). */
    static String kbo(long firstEight) {
        return String.format(Locale.ROOT, "%08d%02d", firstEight, 97 - firstEight % 97);
    }

    /** A valid KBO number not used by the demo data (0207… and 08…) nor by the other tests (047…, 081…). */
    static String anyKbo() {
        return kbo(ThreadLocalRandom.current().nextLong(5_000_000, 6_000_000));
    }

    /** What {@code POST /api/members} takes for an association at the given code. */
    static Map<String, Object> memberBody(String code, String kbo) {
        return Map.of("code", code, "name", "ASBL " + code, "kind", "ASSOCIATION", "kbo", kbo,
                "address", Map.of("street", "Rue de Fer 10", "postalCode", "5000", "city", "Namur", "country", "BE"),
                "deliveryPoint", "Local de " + code, "email", code.toLowerCase(Locale.ROOT) + "@example.be");
    }

    /** Registers a new association under a fresh code and answers the code. */
    String member() {
        String code = "ASBL-" + unique();
        Api.Reply created = coordinator().postJson("/api/members", memberBody(code, anyKbo()));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return code;
    }

    /** Gives the member a buyer account and answers the API as that buyer. */
    Api buyer(String member) {
        String login = member.toLowerCase(Locale.ROOT);
        String password = "pass-phrase-" + unique().toLowerCase(Locale.ROOT);
        Api.Reply created = coordinator().postJson("/api/users", Map.of("login", login, "password", password, "role", "BUYER", "member", member));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return api.as(login, password);
    }

    /** A cooperative registered by the coordinator, and the id of its first catalogue version. */
    record Cooperative(String code, long catalogue) {
    }

    /** Registers a cooperative under a fresh code and imports its catalogue from the CSV text. */
    Cooperative cooperative(String catalogueCsv) {
        String code = "COOP-" + unique();
        String kbo = anyKbo();
        Api.Reply registered = coordinator().postJson("/api/suppliers", Map.of("code", code, "name", "Coopérative " + code,
                "kbo", kbo, "vatNumber", "BE" + kbo, "iban", "BE68539007547034", "bic", "GKCCBEBB",
                "address", Map.of("street", "Rue du Test 1", "postalCode", "5000", "city", "Namur", "country", "BE"),
                "minimumOrderValue", 0));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        return new Cooperative(code, catalogue(code, catalogueCsv));
    }

    /** Imports a catalogue version for the supplier and answers its id. */
    long catalogue(String supplier, String csv) {
        Api.Reply imported = coordinator().post("/api/suppliers/" + supplier + "/catalogues", "text/csv", csv);
        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
        return imported.json().path("id").asLong();
    }

    /** Creates a framework agreement for the seeded cooperative, valid from yesterday; answers the creation reply. */
    Api.Reply frameworkAgreement(String number, LocalDate validTo, Map<String, Integer> ceilings) {
        List<Map<String, Object>> lots = ceilings.entrySet().stream()
                .map(e -> Map.<String, Object>of("code", e.getKey(), "ceiling", e.getValue())).toList();
        Api.Reply created = coordinator().postJson("/api/framework-agreements", Map.of("number", number, "supplier", COOPERATIVE,
                "validFrom", LocalDate.now().minusDays(1).toString(), "validTo", validTo.toString(), "lots", lots));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created;
    }

    JsonNode lot(String agreement, int index) {
        return coordinator().get("/api/framework-agreements/" + agreement).json().path("lots").get(index);
    }

    // ---- cycles ----

    /** Cycle settings on the seeded catalogue, open since a minute, delivered in a week; change them before creating. */
    static Map<String, Object> cycle(String title, Instant closesAt, String rounding, String allocation) {
        Map<String, Object> cycle = new LinkedHashMap<>();
        cycle.put("title", title);
        cycle.put("supplier", COOPERATIVE);
        cycle.put("catalogue", SEEDED_CATALOGUE);
        cycle.put("opensAt", Instant.now().minus(1, ChronoUnit.MINUTES).toString());
        cycle.put("closesAt", closesAt.toString());
        cycle.put("deliveryDate", LocalDate.now().plusDays(7).toString());
        cycle.put("caseRounding", rounding);
        cycle.put("allocation", allocation);
        return cycle;
    }

    /** Cycle settings that close in two hours. */
    static Map<String, Object> cycle(String title, String rounding, String allocation) {
        return cycle(title, Instant.now().plus(2, ChronoUnit.HOURS), rounding, allocation);
    }

    /** Creates the cycle (a draft) and answers the creation reply. */
    Api.Reply create(Map<String, Object> settings) {
        Api.Reply made = coordinator().postJson("/api/cycles", settings);
        assertThat(made.status()).as(made.toString()).isEqualTo(201);
        return made;
    }

    /** Creates and opens the cycle; answers its id. */
    long open(Map<String, Object> settings) {
        long id = create(settings).json().path("id").asLong();
        assertThat(transition(id, "open").path("status").asText()).isEqualTo("OPEN");
        return id;
    }

    long openCycle(String title, String rounding, String allocation) {
        return open(cycle(title, rounding, allocation));
    }

    /** {@code open}, {@code close}, {@code send} or {@code cancel} by the coordinator, which must succeed. */
    JsonNode transition(long id, String action) {
        Api.Reply reply = coordinator().postJson("/api/cycles/" + id + "/" + action, "");
        assertThat(reply.status()).as(action + ": " + reply).isEqualTo(200);
        return reply.json();
    }

    JsonNode cycleAsCoordinator(long id) {
        return coordinator().get("/api/cycles/" + id).json();
    }

    /** The member's order placed by the given account, which must be accepted; answers the reply. */
    Api.Reply order(long cycle, String login, String member, Map<String, Object> order) {
        Api.Reply placed = as(login).putJson(orderPath(cycle, member), order);
        assertThat(placed.status()).as(placed.toString()).isEqualTo(200);
        return placed;
    }

    /** The cooperative records the delivery; it must be accepted. */
    Api.Reply receive(long cycle, List<Map<String, Object>> lines) {
        Api.Reply received = as("coop").postJson("/api/cycles/" + cycle + "/reception", Map.of("lines", lines));
        assertThat(received.status()).as(received.toString()).isEqualTo(200);
        assertThat(received.json().path("status").asText()).isEqualTo("RECEIVED");
        return received;
    }

    /** Finance issues the invoices of a received cycle for the first time; answers the 201 reply. */
    Api.Reply issueInvoices(long cycle) {
        Api.Reply issued = as("finance").post("/api/cycles/" + cycle + "/invoices", "application/json", "");
        assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
        return issued;
    }

    /** One member's order in a walk, placed by the coordinator on the member's behalf. */
    record MemberOrder(String member, Map<String, Object> order) {
    }

    @SafeVarargs
    static MemberOrder memberOrder(String member, String purchaseOrderRef, Map<String, Object>... lines) {
        return new MemberOrder(member, order(purchaseOrderRef, lines));
    }

    /** Opens the cycle, places the orders, closes, sends to the cooperative: answers the id of the ORDERED cycle. */
    long sent(Map<String, Object> settings, List<MemberOrder> orders) {
        long id = open(settings);
        for (MemberOrder o : orders) {
            order(id, "coordinator", o.member(), o.order());
        }
        transition(id, "close");
        assertThat(transition(id, "send").path("status").asText()).isEqualTo("ORDERED");
        return id;
    }

    /** {@link #sent} then the reception: answers the id of the RECEIVED cycle, ready to invoice. */
    long received(Map<String, Object> settings, List<MemberOrder> orders, List<Map<String, Object>> reception) {
        long id = sent(settings, orders);
        receive(id, reception);
        return id;
    }

    /**
     * The seasonal cycle several tests follow: a framework agreement (lot 1 of 5000 €, lot 2 of 800 €), a
     * cycle under its lot 1 with a transport cost shared by weight and a 10% subsidy capped at 50 € per
     * member, opened, and three orders: CPAS-NAMUR's own (12 kg carrots, 8 jams, 8 detergents, 5 cups,
     * reference PO-2026-0042), CPAS-ANDENNE's own (9 kg carrots, 5 jams, 12 oils) and 6 kg of carrots the
     * coordinator orders for RESTO-DU-COEUR-NAMUR. Carrots come in 10 kg cases, rounded down.
     */
    record Season(long id, String agreement, LocalDate delivery, Api.Reply agreementCreated, Api.Reply cycleCreated,
                  Api.Reply namurOrder) {
    }

    Season season(LocalDate delivery) {
        String agreement = "FA-" + unique();
        Map<String, Integer> ceilings = new LinkedHashMap<>();
        ceilings.put("1", 5000);
        ceilings.put("2", 800);
        Api.Reply agreementCreated = frameworkAgreement(agreement, LocalDate.now().plusYears(4), ceilings);
        Map<String, Object> settings = cycle("Colis de saison " + unique(), "ROUND_DOWN", "PROPORTIONAL");
        settings.put("deliveryDate", delivery.toString());
        settings.put("frameworkAgreement", agreement);
        settings.put("lot", "1");
        settings.put("sharedCosts", List.of(Map.of("label", "Transport", "amount", 120, "vatRate", 21, "rule", "BY_WEIGHT")));
        settings.put("subsidies", List.of(Map.of("label", "Province de Namur", "percent", 10, "capPerMember", 50)));
        Api.Reply cycleCreated = create(settings);
        long id = cycleCreated.json().path("id").asLong();
        assertThat(transition(id, "open").path("status").asText()).isEqualTo("OPEN");
        Api.Reply namur = order(id, "cpas-namur", "CPAS-NAMUR", order("PO-2026-0042",
                line("LEG-001", "12"), line("CON-001", "8"), line("HYG-003", "8"), line("MEN-003", "5")));
        order(id, "cpas-andenne", "CPAS-ANDENNE", order(null, line("LEG-001", "9"), line("CON-001", "5"), line("EPI-005", "12")));
        order(id, "coordinator", "RESTO-DU-COEUR-NAMUR", order(null, line("LEG-001", "6")));
        return new Season(id, agreement, delivery, agreementCreated, cycleCreated, namur);
    }

    /**
     * An open cycle with weighed goods: CPAS-JEMEPPE orders 10 kg of carrots and 20 detergents,
     * CPAS-SAMBREVILLE 10 kg of carrots and 6 yoghurts; cases rounded up, shared proportionally.
     */
    long weighedGoodsCycle() {
        long id = openCycle("Pesées " + unique(), "ROUND_UP", "PROPORTIONAL");
        order(id, "cpas-jemeppe", "CPAS-JEMEPPE", order(null, line("LEG-001", "10"), line("HYG-003", "20")));
        order(id, "cpas-sambreville", "CPAS-SAMBREVILLE", order(null, line("LEG-001", "10"), line("LAI-003", "6")));
        return id;
    }

    // ---- request bodies ----

    static String orderPath(long cycle, String member) {
        return "/api/cycles/" + cycle + "/orders/" + member;
    }

    static Map<String, Object> line(String product, String quantity) {
        return Map.of("product", product, "quantity", new BigDecimal(quantity));
    }

    static Map<String, Object> line(String product, String quantity, String max) {
        return Map.of("product", product, "quantity", new BigDecimal(quantity), "max", new BigDecimal(max));
    }

    @SafeVarargs
    static Map<String, Object> order(String purchaseOrderRef, Map<String, Object>... lines) {
        Map<String, Object> order = new HashMap<>();
        if (purchaseOrderRef != null) {
            order.put("purchaseOrderRef", purchaseOrderRef);
        }
        order.put("lines", List.of(lines));
        return order;
    }

    @SafeVarargs
    static Map<String, Object> versioned(long version, Map<String, Object>... lines) {
        Map<String, Object> order = order(null, lines);
        order.put("version", version);
        return order;
    }

    /** A reception line; member, lot and dates may be null. */
    static Map<String, Object> reception(String product, String member, String quantity, String lot, LocalDate useBy, LocalDate bestBefore) {
        Map<String, Object> line = new HashMap<>();
        line.put("product", product);
        line.put("quantity", new BigDecimal(quantity));
        if (member != null) {
            line.put("member", member);
        }
        if (lot != null) {
            line.put("lot", lot);
        }
        if (useBy != null) {
            line.put("useBy", useBy.toString());
        }
        if (bestBefore != null) {
            line.put("bestBefore", bestBefore.toString());
        }
        return line;
    }

    /** A reception line with a fresh lot code of its own and no dates. */
    static Map<String, Object> reception(String product, String member, String quantity) {
        return reception(product, member, quantity, product + "-" + (member == null ? "ALL" : member) + "-" + unique(), null, null);
    }

    /** Eight characters that make a title, code or lot unique in the shared test database. */
    static String unique() {
        return UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }
}
