package be.groupage.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Starts Groupage on its embedded default: a MariaDB 11.4 whose data lives in {@code .groupage-data/}
 * (kept between runs), then Payara Micro with the WAR on {@code http://localhost:8080}, the demo data
 * from {@code seeds/} loaded into an empty database. With {@code GROUPAGE_DB_URL} set it starts no
 * database and runs against that server instead, without demo data.
 *
 * <p>System properties (the {@code run} profile sets them): {@code groupage.war},
 * {@code groupage.payaraMicroJar}, {@code groupage.seeds}, {@code groupage.dataDir}; environment:
 * {@code GROUPAGE_HTTP_PORT} (8080), {@code GROUPAGE_EMBEDDED_DB_PORT} (3307).
 */
public final class Main {

    private static final String DATABASE = "groupage";
    private static final String APP_USER = "groupage";

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        Path war = requiredPath("groupage.war");
        Path payaraJar = requiredPath("groupage.payaraMicroJar");
        Path seeds = requiredPath("groupage.seeds");
        Path logging = requiredPath("groupage.config").resolve("logging.properties");
        Path dataDir = Path.of(System.getProperty("groupage.dataDir", ".groupage-data")).toAbsolutePath().normalize();
        int httpPort = Integer.parseInt(env("GROUPAGE_HTTP_PORT", "8080"));

        Map<String, String> payaraEnv = new java.util.HashMap<>();
        EmbeddedMariaDb embedded = null;
        String dbDescription;
        String external = System.getenv("GROUPAGE_DB_URL");
        if (external != null && !external.isBlank()) {
            dbDescription = "the MariaDB server at " + external + " (GROUPAGE_DB_URL)";
        } else {
            int dbPort = Integer.parseInt(env("GROUPAGE_EMBEDDED_DB_PORT", "3307"));
            System.out.println("[groupage] starting the embedded MariaDB on 127.0.0.1:" + dbPort + ", data in " + dataDir.resolve("mariadb"));
            embedded = EmbeddedMariaDb.start(dataDir.resolve("mariadb-base"), dataDir.resolve("mariadb"), dbPort);
            String password = appPassword(dataDir);
            embedded.admin().createDatabaseAndUser(DATABASE, APP_USER, password);
            payaraEnv.put("GROUPAGE_DB_URL", embedded.admin().databaseUrl(DATABASE));
            payaraEnv.put("GROUPAGE_DB_USER", APP_USER);
            payaraEnv.put("GROUPAGE_DB_PASSWORD", password);
            payaraEnv.put("GROUPAGE_SEED_DIR", seeds.toString());
            dbDescription = "the embedded MariaDB " + embedded.admin().version() + " on 127.0.0.1:" + dbPort
                    + ", data in " + dataDir.resolve("mariadb");
        }

        Files.createDirectories(dataDir);
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", payaraJar.toString(),
                "--deploy", war.toString(),
                "--contextroot", "/",
                "--port", Integer.toString(httpPort),
                "--nocluster",
                "--logproperties", logging.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        builder.environment().putAll(payaraEnv);
        Instant started = Instant.now();
        Process payara = builder.start();

        EmbeddedMariaDb db = embedded;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            payara.destroy();
            try {
                payara.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (db != null) {
                db.close();
            }
        }, "groupage-shutdown"));

        String base = "http://localhost:" + httpPort;
        if (waitUntilReady(base + "/health/ready", payara, Duration.ofMinutes(4))) {
            long seconds = Duration.between(started, Instant.now()).toSeconds();
            System.out.println();
            System.out.println("=====================================================================");
            System.out.println(" Groupage is running at " + base + "/   (ready in " + seconds + " s)");
            System.out.println("   Pages    " + base + "/              (sign in with a login below)");
            System.out.println("   API      " + base + "/api/members   (HTTP Basic)");
            System.out.println("   OpenAPI  " + base + "/openapi       Health " + base + "/health");
            System.out.println(" Database: " + dbDescription);
            if (db != null) {
                System.out.println(" Demo logins, all with password 'demo':");
                System.out.println("   coordinator  (COORDINATOR)   finance (FINANCE)   coop (SUPPLIER)");
                System.out.println("   one buyer per demo member, e.g. cpas-namur, cpas-andenne (see seeds/users.csv)");
            }
            System.out.println(" Stop with Ctrl+C; the data is kept for the next start.");
            System.out.println("=====================================================================");
        } else if (payara.isAlive()) {
            System.out.println("[groupage] the service did not report ready within 4 minutes; see the log above");
        }
        int exit = payara.waitFor();
        System.exit(exit);
    }

    private static boolean waitUntilReady(String url, Process payara, Duration timeout) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline) && payara.isAlive()) {
            try {
                HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return true;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            // Polling an HTTP endpoint of a child process: there is no event to wait on.
            payara.waitFor(1, java.util.concurrent.TimeUnit.SECONDS);
        }
        return false;
    }

    /** The embedded database user's password: made once, then kept beside the data. */
    private static String appPassword(Path dataDir) throws IOException {
        Path file = dataDir.resolve("db-password");
        if (Files.exists(file)) {
            return Files.readString(file, StandardCharsets.UTF_8).trim();
        }
        byte[] random = new byte[12];
        new SecureRandom().nextBytes(random);
        String password = HexFormat.of().formatHex(random);
        Files.createDirectories(dataDir);
        Files.writeString(file, password, StandardCharsets.UTF_8);
        return password;
    }

    private static Path requiredPath(String property) {
        String value = System.getProperty(property);
        if (value == null) {
            throw new IllegalStateException("System property " + property + " is not set; start with: mvn -Prun");
        }
        Path path = Path.of(value).toAbsolutePath().normalize();
        if (!Files.exists(path)) {
            throw new IllegalStateException(property + ": " + path + " does not exist");
        }
        return path;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
