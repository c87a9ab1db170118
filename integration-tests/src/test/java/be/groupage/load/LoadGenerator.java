package be.groupage.load;

import be.groupage.it.BankFiles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.IntConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drives one whole cycle through the running service's API and times each step: the cooperative's new
 * catalogue (CSV), the members, the cycle, every member's order PUT by concurrent clients (with the JDBC
 * floor of the same rows right after), order edits offered at a steady pace (an open model, for the latency
 * buyers meet while a cycle is open), closing, sending, the reception of every ordered product as a
 * whole with a lot, issuing the invoices, fetching every invoice's PDF, and the members paying them by a bank
 * statement (imported, the credits with a mistyped OGM confirmed by a person). All data goes in through the
 * API with the demo accounts ({@code coordinator}, {@code finance}, password {@code demo}); the
 * coordinator puts every member's order. Each run makes its own members and cycle (a tag from the
 * clock), so it can run again on the same database.
 *
 * <p>Bounded: every loop runs over a fixed count, and at {@code load.timeLimit} the run stops by itself
 * (requests time out, a watchdog ends the JVM with the figures so far).
 */
public final class LoadGenerator {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String COORDINATOR = "coordinator";
    private static final String FINANCE = "finance";
    private static final Pattern VERSION = Pattern.compile("\"version\":(\\d+)");

    private final LoadSettings settings;
    private final Instant deadline;
    private final ServiceClient api;
    private final LoadReport report;
    private final String tag;
    private final LoadData data;

    private LoadGenerator(LoadSettings settings, Instant started) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.deadline = started.plus(settings.timeLimit());
        this.api = new ServiceClient(settings.url(), deadline, settings.clients());
        this.report = new LoadReport(settings, started);
        this.tag = Long.toString(started.getEpochSecond(), 36).toUpperCase(Locale.ROOT);
        this.data = new LoadData(tag, settings.products(), settings.lines(), settings.rounding().equals("TOLERANCE"));
    }

    public static void main(String[] args) throws Exception {
        LoadSettings settings = LoadSettings.fromSystemProperties();
        Instant started = Instant.now();
        LoadGenerator run = new LoadGenerator(settings, started);
        run.startWatchdog();
        int exit = 0;
        try {
            run.run();
            run.report.outcome("complete");
        } catch (ServiceClient.TimeLimitReached e) {
            run.report.outcome("stopped at the time limit of " + settings.timeLimit().toSeconds() + " s");
            exit = 3;
        } catch (RuntimeException e) {
            run.report.outcome("failed: " + e);
            e.printStackTrace();
            exit = 1;
        }
        run.report.write();
        if (exit != 0) {
            System.exit(exit);
        }
    }

    /** Past the deadline and a grace for the last timeouts, the run ends itself with what it has. */
    private void startWatchdog() {
        Thread watchdog = new Thread(() -> {
            try {
                Thread.sleep(Duration.between(Instant.now(), deadline).plusSeconds(30).toMillis());
            } catch (InterruptedException e) {
                return;
            }
            report.outcome("ended by the watchdog at the time limit of " + settings.timeLimit().toSeconds() + " s");
            report.write();
            Runtime.getRuntime().halt(3);
        }, "load-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
    }

    private void run() {
        System.out.printf(Locale.ROOT, "[load] run %s: %,d members × %,d lines, %,d products, %d clients, against %s (time limit %d s)%n",
                tag, settings.members(), settings.lines(), settings.products(), settings.clients(), settings.url(),
                settings.timeLimit().toSeconds());
        awaitReady();

        long catalogue = importCatalogue();
        registerMembers();
        long cycle = createAndOpenCycle(catalogue);
        intakeAndFloor(cycle);

        timed("close", "POST /api/cycles/" + cycle + "/close", () -> expect(api.post(COORDINATOR, "api/cycles/" + cycle + "/close"), 200, "close"),
                "pools into whole cases and allocates");
        timed("send", "POST /api/cycles/" + cycle + "/send", () -> expect(api.post(COORDINATOR, "api/cycles/" + cycle + "/send"), 200, "send"),
                "");
        List<String[]> ordered = purchaseOrder(cycle);
        receive(cycle, ordered);
        if (settings.invoices()) {
            List<JsonNode> invoices = issueInvoices(cycle);
            fetchPdfs(invoices.stream().map(i -> i.path("number").asText()).toList());
            payments(invoices);
        } else {
            report.add("invoices", "skipped", "load.invoices=false");
        }
    }

    private void awaitReady() {
        Instant until = Instant.now().plusSeconds(60);
        for (int i = 0; i < 60 && Instant.now().isBefore(until); i++) {
            if (api.ready()) {
                return;
            }
            sleep(1_000);
        }
        throw new IllegalStateException("the service at " + settings.url() + " did not report ready (GET /health/ready) within 60 s");
    }

    private long importCatalogue() {
        String csv = data.catalogueCsv();
        long start = System.nanoTime();
        ServiceClient.Reply r = expect(api.post(COORDINATOR, "api/suppliers/" + settings.supplier() + "/catalogues", "text/csv", csv), 201,
                "catalogue import");
        long nanos = System.nanoTime() - start;
        JsonNode body = json(r);
        report.add("setup: catalogue import (CSV)", seconds(nanos), String.format(Locale.ROOT, "%,d products, %,d bytes, version %d",
                body.path("productCount").asInt(), csv.getBytes(StandardCharsets.UTF_8).length, body.path("version").asInt()));
        return body.path("id").asLong();
    }

    private void registerMembers() {
        Failures failures = new Failures();
        long nanos = parallel(settings.members(), settings.clients(), m -> {
            ServiceClient.Reply r = api.post(COORDINATOR, "api/members", "application/json", data.memberJson(m));
            if (r.status() != 201) {
                failures.add("member " + data.memberCode(m) + ": " + r.status() + " " + shorten(r.text()));
            }
        });
        failures.throwIfAny("registering the members");
        report.add("setup: members (POST /api/members)", seconds(nanos), String.format(Locale.ROOT, "%,d members, %s/s",
                settings.members(), rate(settings.members(), nanos)));
    }

    private long createAndOpenCycle(long catalogue) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Instant closesAt = now.plus(Duration.ofDays(60));
        LocalDate delivery = LocalDate.ofInstant(closesAt, ZoneOffset.UTC).plusDays(3);
        String body = "{\"title\":\"Charge " + tag + "\",\"supplier\":\"" + settings.supplier() + "\",\"catalogue\":" + catalogue
                + ",\"opensAt\":\"" + now.minusSeconds(60) + "\",\"closesAt\":\"" + closesAt + "\",\"deliveryDate\":\"" + delivery
                + "\",\"caseRounding\":\"" + settings.rounding() + "\",\"allocation\":\"PROPORTIONAL\""
                + ",\"sharedCosts\":[{\"label\":\"Transport\",\"amount\":" + Math.max(120, settings.members() * 2)
                + ",\"vatRate\":21,\"rule\":\"BY_WEIGHT\"}]"
                + ",\"subsidies\":[{\"label\":\"Province de Namur\",\"percent\":10,\"capPerMember\":50}]}";
        long id = json(expect(api.post(COORDINATOR, "api/cycles", "application/json", body), 201, "cycle creation")).path("id").asLong();
        expect(api.post(COORDINATOR, "api/cycles/" + id + "/open"), 200, "opening the cycle");
        report.add("setup: cycle", "id " + id, settings.rounding() + ", PROPORTIONAL, a BY_WEIGHT transport cost, a 10% subsidy");
        return id;
    }

    private void intakeAndFloor(long cycle) {
        List<String> bodies = new ArrayList<>(settings.members());
        for (int m = 0; m < settings.members(); m++) {
            bodies.add(data.orderJson(m));
        }
        long[] latencies = new long[settings.members()];
        AtomicLongArray versions = new AtomicLongArray(settings.members());
        AtomicInteger done = new AtomicInteger();
        AtomicLong accepted = new AtomicLong();
        Failures failures = new Failures();
        long nanos = parallel(settings.members(), settings.clients(), m -> {
            long start = System.nanoTime();
            ServiceClient.Reply r = api.put(COORDINATOR, "api/cycles/" + cycle + "/orders/" + data.memberCode(m), bodies.get(m));
            latencies[m] = System.nanoTime() - start;
            if (r.status() == 200) {
                accepted.addAndGet(settings.lines());
                versions.set(m, version(r));
            } else {
                failures.add("order of " + data.memberCode(m) + ": " + r.status() + " " + shorten(r.text()));
            }
            int n = done.incrementAndGet();
            if (n % Math.max(1, settings.members() / 10) == 0) {
                System.out.printf(Locale.ROOT, "[load]   %,d of %,d orders%n", n, settings.members());
            }
        });
        Latencies l = new Latencies(latencies);
        double apiRate = accepted.get() / (nanos / 1e9);
        report.add("order intake (PUT …/orders/{member})", String.format(Locale.ROOT, "**%,.0f rows/s**", apiRate),
                String.format(Locale.ROOT, "%,d lines in %s, %s orders/s, %d clients%s", accepted.get(), seconds(nanos),
                        rate(settings.members(), nanos), settings.clients(), failures.count() == 0 ? "" : "; " + failures.count()
                                + " PUTs failed, first: " + failures.first()));
        report.add("PUT latency p50 / p95 / p99 / max", String.format(Locale.ROOT, "%.0f / %.0f / **%.0f** / %.0f ms",
                l.percentileMillis(50), l.percentileMillis(95), l.percentileMillis(99), l.maxMillis()),
                String.format(Locale.ROOT, "%,d PUTs of %d lines, %d concurrent clients; target p99 < 100 ms", l.count(),
                        settings.lines(), settings.clients()));
        if (failures.count() > 0) {
            throw new IllegalStateException(failures.count() + " order PUTs failed, first: " + failures.first());
        }
        if (settings.floor()) {
            try {
                OrderLineFloor.Result floor = new OrderLineFloor(settings).write(data, cycle, tag, deadline);
                report.add("floor: same rows, JDBC batches", String.format(Locale.ROOT, "**%,.0f rows/s**", floor.rowsPerSecond()),
                        String.format(Locale.ROOT, "%,d rows in %s, one batch and commit per order, %d connections, scratch copy of order_line",
                                floor.rows(), seconds(floor.nanos()), floor.connections()));
                Latencies f = floor.perOrder();
                report.add("floor latency p50 / p95 / p99 / max", String.format(Locale.ROOT, "%.0f / %.0f / %.0f / %.0f ms",
                        f.percentileMillis(50), f.percentileMillis(95), f.percentileMillis(99), f.maxMillis()),
                        String.format(Locale.ROOT, "%,d orders, each one batch and its commit, %d connections: what the database alone "
                                + "answers an order in at this concurrency", f.count(), floor.connections()));
                report.add("intake / floor", String.format(Locale.ROOT, "**%.1f%%**", 100 * apiRate / floor.rowsPerSecond()),
                        "target ≥ 50%");
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException("the JDBC floor failed on " + settings.jdbcUrl() + ": " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ServiceClient.TimeLimitReached();
            }
        } else {
            report.add("floor", "skipped", "load.floor=false");
        }
        if (settings.editRate() > 0) {
            pacedEdits(cycle, versions);
        }
    }

    /**
     * Buyers editing at a steady pace, as they do while a cycle is open: {@code editRate} order PUTs per second for
     * {@code editSeconds}, each sent at its own scheduled time by whichever of the {@code clients} is free (an open
     * model, unlike the intake where every client sends its next order as soon as the last is answered). A PUT's
     * latency counts from its scheduled time, so a request that waited for a free client is counted late, never
     * dropped (no coordinated omission). The edits go round the members, each over its last version.
     */
    private void pacedEdits(long cycle, AtomicLongArray versions) {
        int count = settings.editRate() * settings.editSeconds();
        long intervalNanos = 1_000_000_000L / settings.editRate();
        long[] latencies = new long[count];
        Failures failures = new Failures();
        long origin = System.nanoTime() + 100_000_000L;
        long nanos = parallel(count, settings.clients(), k -> {
            long scheduled = origin + k * intervalNanos;
            long wait = scheduled - System.nanoTime();
            if (wait > 0) {
                sleep(wait / 1_000_000L);
                while (System.nanoTime() < scheduled) {
                    Thread.onSpinWait();
                }
            }
            int m = k % settings.members();
            ServiceClient.Reply r = api.put(COORDINATOR, "api/cycles/" + cycle + "/orders/" + data.memberCode(m),
                    data.orderJson(m, versions.get(m)));
            latencies[k] = System.nanoTime() - scheduled;
            if (r.status() == 200) {
                versions.set(m, version(r));
            } else {
                failures.add("edit of " + data.memberCode(m) + ": " + r.status() + " " + shorten(r.text()));
            }
        });
        Latencies l = new Latencies(latencies);
        report.add("paced edits: PUT latency p50 / p95 / p99 / max", String.format(Locale.ROOT, "%.0f / %.0f / **%.0f** / %.0f ms",
                l.percentileMillis(50), l.percentileMillis(95), l.percentileMillis(99), l.maxMillis()),
                String.format(Locale.ROOT, "%,d PUTs of %d lines offered at %d/s over %d s (took %s) from %d clients, latency from each "
                        + "PUT's scheduled time; target p99 < 100 ms%s", count, settings.lines(), settings.editRate(),
                        settings.editSeconds(), seconds(nanos), settings.clients(), failures.count() == 0 ? ""
                                : "; " + failures.count() + " PUTs failed, first: " + failures.first()));
        if (failures.count() > 0) {
            throw new IllegalStateException(failures.count() + " paced edits failed, first: " + failures.first());
        }
    }

    /** The order's version in a PUT's reply (the {@code version} field of the order view). */
    private static long version(ServiceClient.Reply r) {
        Matcher v = VERSION.matcher(r.text());
        if (!v.find()) {
            throw new IllegalStateException("no version in the order PUT's reply: " + shorten(r.text()));
        }
        return Long.parseLong(v.group(1));
    }

    /** The purchase order as the cooperative reads it (CSV): per product code, cases and quantity. */
    private List<String[]> purchaseOrder(long cycle) {
        long start = System.nanoTime();
        ServiceClient.Reply r = expect(api.get(COORDINATOR, "api/cycles/" + cycle + "/purchase-order", "text/csv"), 200, "purchase order CSV");
        long nanos = System.nanoTime() - start;
        String csv = r.text();
        if (!csv.isEmpty() && csv.charAt(0) == '\uFEFF') {
            csv = csv.substring(1);
        }
        List<String[]> lines = new ArrayList<>();
        String[] rows = csv.split("\r?\n");
        // header: code;produit;unite;colisage;colis;quantite;prix_unitaire_htva;total_htva;taux_tva;refrigere
        for (int i = 1; i < rows.length; i++) {
            if (!rows[i].isBlank()) {
                String[] f = rows[i].split(";");
                lines.add(new String[] {f[0], f[5].replace(',', '.')});
            }
        }
        report.add("purchase order (GET, text/csv)", seconds(nanos), String.format(Locale.ROOT, "%,d products ordered", lines.size()));
        return lines;
    }

    /** Every ordered product received as a whole, exactly what was ordered from the cooperative, with a lot. */
    private void receive(long cycle, List<String[]> ordered) {
        StringBuilder body = new StringBuilder(ordered.size() * 64).append("{\"lines\":[");
        for (int i = 0; i < ordered.size(); i++) {
            String[] p = ordered.get(i);
            body.append(i == 0 ? "" : ",").append("{\"product\":\"").append(p[0]).append("\",\"quantity\":")
                    .append(new BigDecimal(p[1]).toPlainString()).append(",\"lot\":\"L").append(tag).append('-').append(p[0]).append("\"}");
        }
        body.append("]}");
        timed("reception", "POST /api/cycles/" + cycle + "/reception",
                () -> expect(api.post(COORDINATOR, "api/cycles/" + cycle + "/reception", "application/json", body.toString()), 200, "reception"),
                String.format(Locale.ROOT, "%,d lines, one per product as a whole", ordered.size()));
    }

    private List<JsonNode> issueInvoices(long cycle) {
        long start = System.nanoTime();
        ServiceClient.Reply r = expect(api.post(FINANCE, "api/cycles/" + cycle + "/invoices"), 201, "issuing the invoices");
        long nanos = System.nanoTime() - start;
        List<JsonNode> numbers = new ArrayList<>();
        json(r).forEach(numbers::add);
        report.add("issue invoices (POST …/invoices)", "**" + seconds(nanos) + "**", String.format(Locale.ROOT, "%,d invoices, **%s invoices/s**",
                numbers.size(), rate(numbers.size(), nanos)));
        if (numbers.size() != settings.members()) {
            throw new IllegalStateException("expected one invoice per member (" + settings.members() + "), got " + numbers.size());
        }
        return numbers;
    }

    private void fetchPdfs(List<String> numbers) {
        List<String> chosen = new ArrayList<>();
        int sample = settings.pdfSample() == 0 ? numbers.size() : Math.min(settings.pdfSample(), numbers.size());
        for (int i = 0; i < sample; i++) {
            chosen.add(numbers.get((int) ((long) i * numbers.size() / sample))); // evenly spread over the series
        }
        Failures failures = new Failures();
        AtomicLong bytes = new AtomicLong();
        long[] latencies = new long[chosen.size()];
        long nanos = parallel(chosen.size(), settings.clients(), i -> {
            long start = System.nanoTime();
            ServiceClient.Reply r = api.get(FINANCE, "api/invoices/" + chosen.get(i), "application/pdf");
            latencies[i] = System.nanoTime() - start;
            boolean pdf = r.status() == 200 && r.contentType().startsWith("application/pdf") && r.body().length > 5
                    && new String(r.body(), 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-");
            if (pdf) {
                bytes.addAndGet(r.body().length);
            } else {
                failures.add("invoice " + chosen.get(i) + ": " + r.status() + " " + r.contentType() + ", " + r.body().length + " bytes beginning "
                        + new String(r.body(), 0, Math.min(r.body().length, 60), StandardCharsets.ISO_8859_1).replaceAll("[^ -~]", "."));
            }
        });
        int served = chosen.size() - failures.count();
        Latencies l = new Latencies(latencies);
        report.add("invoice PDFs served (GET, application/pdf)", String.format(Locale.ROOT, "**%,d of %,d**", served, chosen.size()),
                String.format(Locale.ROOT, "%s of %,d invoices; %s, %s/s, p50 %.0f ms, p99 %.0f ms, %,d KiB average%s",
                        sample == numbers.size() ? "every one" : "a sample", numbers.size(), seconds(nanos), rate(chosen.size(), nanos),
                        l.percentileMillis(50), l.percentileMillis(99), served == 0 ? 0 : bytes.get() / served / 1024,
                        failures.count() == 0 ? "" : "; first failure: " + failures.first()));
        failures.throwIfAny("fetching the invoice PDFs");
    }

    /**
     * The members pay: one CAMT.053 statement with a credit per invoice, each with its OGM as structured except every
     * tenth, whose OGM is typed one digit off in the free text. Times the import, the queue of credits waiting, a
     * person confirming each one's first suggestion (one at a time, as finance staff would), every invoice's state,
     * the aged balance and the payments CSV; checks that every invoice ends paid.
     */
    private void payments(List<JsonNode> invoices) {
        List<BankFiles.Movement> movements = new ArrayList<>();
        for (int i = 0; i < invoices.size(); i++) {
            JsonNode invoice = invoices.get(i);
            String ogm = BankFiles.digits(invoice.path("ogm").asText());
            String amount = invoice.path("payable").decimalValue().toPlainString();
            String reference = tag + "-" + i;
            if (i % 10 == 9) {
                String typo = ogm.substring(0, 9) + (char) ('0' + (ogm.charAt(9) - '0' + 1) % 10) + ogm.substring(10);
                movements.add(BankFiles.Movement.free(reference, amount, "+++" + typo.substring(0, 3) + "/" + typo.substring(3, 7) + "/"
                        + typo.substring(7) + "+++", "MEMBRE " + invoice.path("member").asText(), "BE21001234567803"));
            } else {
                movements.add(BankFiles.Movement.structured(reference, amount, ogm, "MEMBRE " + invoice.path("member").asText(), "BE21001234567803"));
            }
        }
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Brussels"));
        String account = json(expect(api.get(COORDINATOR, "api/settings/issuer", "application/json"), 200, "reading the invoicing party"))
                .path("iban").asText();
        String camt = BankFiles.camt053(account, (int) (Instant.now().getEpochSecond() % 1_000_000_000), today,
                BigDecimal.ZERO, movements);
        long start = System.nanoTime();
        JsonNode imported = json(expect(api.post(FINANCE, "api/payments/statements?fileName=load-" + tag + ".xml", "application/xml", camt), 200,
                "importing the statement"));
        long nanos = System.nanoTime() - start;
        JsonNode statement = imported.path("statements").get(0);
        report.add("payments: import a CAMT.053 statement (POST /api/payments/statements)", "**" + seconds(nanos) + "**",
                String.format(Locale.ROOT, "%,d credits, %,d KiB: %,d paid by their OGM, %,d waiting", movements.size(), camt.length() / 1024,
                        statement.path("paidAutomatically").size(), statement.path("waiting").asInt()));
        start = System.nanoTime();
        JsonNode waiting = json(expect(api.get(FINANCE, "api/payments/unmatched", "application/json"), 200, "listing the credits waiting"));
        report.add("payments: credits waiting, with suggestions (GET /api/payments/unmatched)", "**" + seconds(System.nanoTime() - start) + "**",
                String.format(Locale.ROOT, "%,d credits", waiting.size()));
        long[] latencies = new long[waiting.size()];
        start = System.nanoTime();
        for (int i = 0; i < waiting.size(); i++) {
            JsonNode best = waiting.get(i).path("suggestions").get(0);
            long one = System.nanoTime();
            expect(api.post(FINANCE, "api/payments/unmatched/" + waiting.get(i).path("id").asLong() + "/confirmation", "application/json",
                    "{\"member\":\"" + best.path("member").asText() + "\",\"allocations\":" + best.path("allocations") + "}"), 200, "confirming a credit");
            latencies[i] = System.nanoTime() - one;
        }
        Latencies l = new Latencies(latencies);
        report.add("payments: a person confirms each (POST …/unmatched/{id}/confirmation)", "**" + seconds(System.nanoTime() - start) + "**",
                String.format(Locale.ROOT, "%,d confirmations one after the other, p50 %.0f ms, p99 %.0f ms", waiting.size(),
                        l.percentileMillis(50), l.percentileMillis(99)));
        start = System.nanoTime();
        JsonNode states = json(expect(api.get(FINANCE, "api/payments/receivables?state=PAID", "application/json"), 200, "reading the states"));
        long paid = 0;
        java.util.Set<String> ours = new java.util.HashSet<>();
        invoices.forEach(i -> ours.add(i.path("number").asText()));
        for (JsonNode s : states) {
            paid += ours.contains(s.path("invoice").asText()) ? 1 : 0;
        }
        report.add("payments: every invoice's state (GET /api/payments/receivables)", "**" + seconds(System.nanoTime() - start) + "**",
                String.format(Locale.ROOT, "%,d of this run's %,d invoices paid", paid, invoices.size()));
        if (paid != invoices.size()) {
            throw new IllegalStateException("expected every invoice paid, " + paid + " of " + invoices.size() + " are");
        }
        timed("payments: aged balance", "GET /api/payments/aged-balance",
                () -> expect(api.get(FINANCE, "api/payments/aged-balance", "application/json"), 200, "the aged balance"), "");
        timed("payments: the payments CSV", "GET /api/payments/export.csv",
                () -> expect(api.get(FINANCE, "api/payments/export.csv?from=" + today + "&to=" + today, "text/csv"), 200, "the payments CSV"), "");
    }

    /** Runs {@code count} tasks on {@code threads} threads; the wall time in nanoseconds. */
    private long parallel(int count, int threads, IntConsumer task) {
        AtomicInteger next = new AtomicInteger();
        List<RuntimeException> errors = Collections.synchronizedList(new ArrayList<>());
        List<Thread> workers = new ArrayList<>();
        long start = System.nanoTime();
        for (int t = 0; t < Math.min(threads, count); t++) {
            Thread w = new Thread(() -> {
                for (int i = next.getAndIncrement(); i < count && errors.isEmpty(); i = next.getAndIncrement()) {
                    try {
                        task.accept(i);
                    } catch (RuntimeException e) {
                        errors.add(e);
                    }
                }
            }, "load-client-" + t);
            w.setDaemon(true);
            workers.add(w);
            w.start();
        }
        for (Thread w : workers) {
            try {
                w.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ServiceClient.TimeLimitReached();
            }
        }
        long nanos = System.nanoTime() - start;
        if (!errors.isEmpty()) {
            throw errors.get(0);
        }
        return nanos;
    }

    private void timed(String step, String what, Runnable call, String note) {
        long start = System.nanoTime();
        call.run();
        long nanos = System.nanoTime() - start;
        report.add(step + " (" + what.replaceAll("/api/cycles/\\d+", "…") + ")", "**" + seconds(nanos) + "**", note);
    }

    private static ServiceClient.Reply expect(ServiceClient.Reply r, int status, String what) {
        if (r.status() != status) {
            throw new IllegalStateException(what + " answered " + r.status() + " (expected " + status + "): " + shorten(r.text()));
        }
        return r;
    }

    private static JsonNode json(ServiceClient.Reply r) {
        try {
            return JSON.readTree(r.body());
        } catch (IOException e) {
            throw new IllegalStateException("not JSON: " + shorten(r.text()), e);
        }
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.2f s", nanos / 1e9);
    }

    private static String rate(long count, long nanos) {
        return String.format(Locale.ROOT, "%,.1f", count / (nanos / 1e9));
    }

    private static String shorten(String text) {
        String t = text.replace('\n', ' ');
        return t.length() > 300 ? t.substring(0, 300) + "…" : t;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServiceClient.TimeLimitReached();
        }
    }

    /** Failed requests of one step: how many, and the first few reasons. */
    private static final class Failures {
        private final List<String> first = new ArrayList<>();
        private int count;

        synchronized void add(String reason) {
            count++;
            if (first.size() < 3) {
                first.add(reason);
            }
        }

        synchronized int count() {
            return count;
        }

        synchronized String first() {
            return first.isEmpty() ? "" : first.get(0);
        }

        synchronized void throwIfAny(String what) {
            if (count > 0) {
                throw new IllegalStateException(count + " failures " + what + ": " + String.join("; ", first));
            }
        }
    }
}
