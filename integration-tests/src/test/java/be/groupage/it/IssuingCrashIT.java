package be.groupage.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import static be.groupage.it.Fixtures.line;
import static be.groupage.it.Fixtures.memberOrder;
import static be.groupage.it.Fixtures.reception;
import static be.groupage.it.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A crash between the two steps of issuing a cycle's invoices, for real: a second Payara Micro on the
 * test database, started with the test-only fault injection
 * {@code groupage.fault-injection.hold-invoice-rendering=true}, is asked to issue a cycle; once its
 * invoices are numbered and committed (the Arquillian instance lists them) and its rendering is held (its
 * log says so), it is killed with SIGKILL. A fresh Payara Micro without the setting then starts on the
 * same database and its start-up recovery ({@code DocumentRecovery}) stores the PDF and UBL of every
 * invoice: each exactly once, their SHA-256 that of the bytes, served over the API, and the numbers
 * without gap nor duplicate. Before the recovery, the documents answer 503 with {@code Retry-After}.
 */
class IssuingCrashIT extends AgainstTheWar {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final String HOLD = "groupage.fault-injection.hold-invoice-rendering";
    /** Eight seeded members, twenty kilograms of carrots each (288 €, above the cooperative's minimum order): eight invoices. */
    private static final List<String> MEMBERS = List.of("CPAS-NAMUR", "CPAS-ANDENNE", "CPAS-GEMBLOUX", "CPAS-DINANT", "CPAS-CINEY",
            "CPAS-PHILIPPEVILLE", "CPAS-SAMBREVILLE", "CPAS-JEMEPPE");
    /** Bound on each wait for the other instances (the step, the recovery); never a condition of the test. */
    private static final long WAIT_SECONDS = 120;

    @Test
    void anInstanceKilledBetweenNumberingAndRenderingLeavesNoGapAndTheNextStartStoresEveryDocumentOnce() throws Exception {
        long cycle = receivedCycle();
        Api finance = as("finance");
        List<String> numbers;

        ExecutorService caller = Executors.newSingleThreadExecutor();
        try (ServiceInstance held = ServiceInstance.start("crash-held-instance", HOLD + "=true")) {
            Future<Api.Reply> issuing = caller.submit(() -> held.api().demo("finance").post("/api/cycles/" + cycle + "/invoices",
                    "application/json", ""));

            // step 1 committed: the other instance sees the cycle's invoices; step 2 entered and held
            awaitThat("the invoices of cycle " + cycle + " are committed", () -> {
                assertThat(issuing).as("the issuing request ended while its rendering was to be held").isNotDone();
                return finance.get("/api/cycles/" + cycle + "/invoices").json().size() == MEMBERS.size();
            });
            awaitThat("the held instance is rendering", () -> held.logText().contains("holding the rendering of invoice"));
            numbers = numbersOf(finance.get("/api/cycles/" + cycle + "/invoices").json());
            assertThat(issuing).isNotDone();
            assertThat(storedDocuments(numbers)).isZero();
            for (Api api : List.of(finance, held.api().demo("finance"))) {
                for (String number : numbers) {
                    for (String format : List.of("application/pdf", "application/xml")) {
                        Api.Reply notYet = api.get("/api/invoices/" + number, format);
                        assertThat(notYet.status()).as(number + " " + format + ": " + notYet).isEqualTo(503);
                        assertThat(notYet.contentType()).startsWith("application/problem+json");
                        assertThat(notYet.header("Retry-After")).as("Retry-After of " + number).isEqualTo("2");
                    }
                }
            }

            held.kill();
            assertThatThrownBy(() -> issuing.get(WAIT_SECONDS, TimeUnit.SECONDS)).as("the issuing request died with its instance")
                    .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(UncheckedIOException.class);
        } finally {
            caller.shutdownNow();
        }

        // the crash left numbered invoices without documents
        assertThat(storedDocuments(numbers)).isZero();
        assertThat(finance.get("/api/invoices/" + numbers.get(0), "application/pdf").status()).isEqualTo(503);
        assertNumbersGapFree(cycle, numbers);

        try (ServiceInstance fresh = ServiceInstance.start("crash-recovering-instance")) {
            // DocumentRecovery logs once it has stored what it found: the invoices issued before this instance started
            awaitThat("the fresh instance recovers the documents (see " + fresh.log() + ")",
                    () -> fresh.logText().contains("Stored the documents of " + numbers.size() + " invoice(s) left unrendered"));
            assertThat(storedDocuments(numbers)).isEqualTo(2L * numbers.size());

            Api recovered = fresh.api().demo("finance");
            for (String number : numbers) {
                assertThat(Stored.column("SELECT format FROM stored_document WHERE kind = 'INVOICE' AND number = ? ORDER BY format", number))
                        .as("documents of " + number).containsExactly("PDF", "UBL");
                for (Api api : List.of(recovered, finance)) {
                    assertServedAsStored(api, number, "application/pdf", "PDF");
                    assertServedAsStored(api, number, "application/xml", "UBL");
                }
                try (PDDocument pdf = Loader.loadPDF(recovered.get("/api/invoices/" + number, "application/pdf").bytes())) {
                    assertThat(new PDFTextStripper().getText(pdf)).contains("N° " + number);
                }
                assertThat(recovered.get("/api/invoices/" + number, "application/xml").text()).contains("<cbc:ID>" + number + "</cbc:ID>");
            }
            assertThat(Stored.count("SELECT COUNT(*) FROM stored_document WHERE kind = 'INVOICE' AND number IN (" + placeholders(numbers)
                    + ") AND sha256 = SHA2(content, 256) AND size_bytes = LENGTH(content)", numbers.toArray())).isEqualTo(2L * numbers.size());

            // issuing again, on the fresh instance, issues nothing new
            Api.Reply again = recovered.post("/api/cycles/" + cycle + "/invoices", "application/json", "");
            assertThat(again.status()).as(again.toString()).isEqualTo(200);
            assertThat(numbersOf(again.json())).containsExactlyElementsOf(numbers);
        }
        assertNumbersGapFree(cycle, numbers);
        assertThat(Stored.auditCount("CYCLE_INVOICED", String.valueOf(cycle))).isEqualTo(1);
    }

    /** The cycle's numbers are consecutive, one per member, and the year's series is exactly 1..N. */
    private static void assertNumbersGapFree(long cycle, List<String> numbers) throws SQLException {
        assertThat(numbers).hasSize(MEMBERS.size()).doesNotHaveDuplicates();
        assertThat(Stored.column("SELECT m.code FROM invoice i JOIN member m ON m.id = i.member_id WHERE i.cycle_id = ?", cycle))
                .containsExactlyInAnyOrderElementsOf(MEMBERS);
        List<Integer> ofCycle = Stored.column("SELECT sequence FROM invoice WHERE cycle_id = ? ORDER BY sequence", cycle).stream()
                .map(Integer::valueOf).toList();
        for (int i = 1; i < ofCycle.size(); i++) {
            assertThat(ofCycle.get(i)).as("the cycle's numbers " + ofCycle).isEqualTo(ofCycle.get(0) + i);
        }
        int year = LocalDate.now(BRUSSELS).getYear();
        List<Integer> sequences = Stored.column("SELECT sequence FROM invoice WHERE year = ? ORDER BY sequence", year).stream()
                .map(Integer::valueOf).toList();
        for (int i = 0; i < sequences.size(); i++) {
            assertThat(sequences.get(i)).as("this year's invoice numbers " + sequences).isEqualTo(i + 1);
        }
        List<String> last = Stored.column("SELECT last_sequence FROM document_series WHERE year = ? AND series LIKE 'INVOICE:%'", year);
        assertThat(last).hasSize(1);
        assertThat(Integer.parseInt(last.get(0))).as("the series counter").isEqualTo(sequences.size());
    }

    /** Served with status 200, the bytes whose SHA-256 is the one stored, as ETag. */
    private static void assertServedAsStored(Api api, String number, String accept, String format) throws Exception {
        Api.Reply served = api.get("/api/invoices/" + number, accept);
        assertThat(served.status()).as(number + " " + accept + ": " + served).isEqualTo(200);
        assertThat(served.contentType()).startsWith(accept);
        List<String> stored = Stored.column("SELECT sha256 FROM stored_document WHERE kind = 'INVOICE' AND number = ? AND format = ?",
                number, format);
        assertThat(stored).hasSize(1);
        assertThat(sha256(served.bytes())).as(number + " " + format).isEqualTo(stored.get(0));
        assertThat(served.header("ETag")).isEqualTo("\"" + stored.get(0) + "\"");
    }

    private static long storedDocuments(List<String> numbers) throws SQLException {
        return Stored.count("SELECT COUNT(*) FROM stored_document WHERE kind = 'INVOICE' AND number IN (" + placeholders(numbers) + ")",
                numbers.toArray());
    }

    private static String placeholders(List<String> values) {
        String[] marks = new String[values.size()];
        Arrays.fill(marks, "?");
        return String.join(", ", marks);
    }

    /** The invoice numbers of a list of invoices, in the order of the numbers. */
    private static List<String> numbersOf(JsonNode invoices) {
        List<String> numbers = new ArrayList<>();
        invoices.forEach(i -> numbers.add(i.path("number").asText()));
        numbers.sort(null);
        return numbers;
    }

    /** The eight members ordering twenty kilograms of carrots each, delivered as ordered. */
    private long receivedCycle() {
        List<Fixtures.MemberOrder> orders = MEMBERS.stream().map(m -> memberOrder(m, "PO-" + unique(), line("LEG-001", "20"))).toList();
        Map<String, Object> settings = Fixtures.cycle("Arrêt brutal " + unique(), "ROUND_UP", "PROPORTIONAL");
        settings.put("deliveryDate", LocalDate.now().plusDays(3).toString());
        return fixtures.received(settings, orders, List.of(reception("LEG-001", null, String.valueOf(20 * MEMBERS.size()))));
    }

    private interface Condition {
        boolean holds() throws Exception;
    }

    /** Polls until the condition holds; fails after {@link #WAIT_SECONDS}. */
    private static void awaitThat(String what, Condition condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (!condition.holds()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Not within " + WAIT_SECONDS + " s: " + what);
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(250));
        }
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
