package be.groupage.load;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * What one load run does, read from {@code -Dload.*} system properties.
 *
 * @param url         the service's root, loopback only (e.g. {@code http://localhost:8080})
 * @param members     members who order, one order each
 * @param lines       order lines per member (distinct products), at most {@code products}
 * @param products    products in the generated catalogue
 * @param clients     concurrent HTTP clients putting orders (and fetching PDFs)
 * @param supplier    the supplier whose new catalogue the cycle buys from
 * @param rounding    the cycle's case rounding, {@code ROUND_UP} or {@code TOLERANCE}
 * @param jdbcUrl     the service's database, for the floor
 * @param jdbcUser    a user who may create and drop a table there
 * @param jdbcPassword its password (empty for the embedded server's root)
 * @param floor       whether to measure the JDBC floor
 * @param invoices    whether to issue the invoices and fetch their PDFs
 * @param pdfSample   how many invoices' PDFs to fetch; 0 = every one
 * @param editRate    order edits per second offered after the intake, spread over the clients (an open model:
 *                    each edit is sent at its own scheduled time); 0 = no such phase
 * @param editSeconds how long the paced edits go on
 * @param timeLimit   after this the run stops by itself, whatever it is doing
 * @param report      where the Markdown table is written
 */
record LoadSettings(URI url, int members, int lines, int products, int clients, String supplier, String rounding,
                    String jdbcUrl, String jdbcUser, String jdbcPassword, boolean floor, boolean invoices, int pdfSample,
                    int editRate, int editSeconds, Duration timeLimit, Path report) {

    LoadSettings {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(supplier, "supplier");
        Objects.requireNonNull(rounding, "rounding");
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(jdbcUser, "jdbcUser");
        Objects.requireNonNull(jdbcPassword, "jdbcPassword");
        Objects.requireNonNull(timeLimit, "timeLimit");
        Objects.requireNonNull(report, "report");
        String host = url.getHost() == null ? "" : url.getHost().toLowerCase(Locale.ROOT);
        // A load generator aimed at someone else's server is an attack: loopback only.
        if (!host.equals("localhost") && !host.equals("127.0.0.1") && !host.equals("[::1]") && !host.equals("::1")) {
            throw new IllegalArgumentException("load.url must be on loopback (localhost, 127.0.0.1): " + url);
        }
        if (!jdbcUrl.startsWith("jdbc:mariadb://127.0.0.1") && !jdbcUrl.startsWith("jdbc:mariadb://localhost")) {
            throw new IllegalArgumentException("load.jdbc must be a MariaDB on loopback: " + jdbcUrl);
        }
        requireRange("load.members", members, 1, 100_000);
        requireRange("load.products", products, 1, 100_000);
        requireRange("load.lines", lines, 1, products);
        requireRange("load.clients", clients, 1, 500);
        requireRange("load.pdfSample", pdfSample, 0, Integer.MAX_VALUE);
        requireRange("load.editRate", editRate, 0, 10_000);
        requireRange("load.editSeconds", editSeconds, 1, 600);
        if (!rounding.equals("ROUND_UP") && !rounding.equals("TOLERANCE")) {
            throw new IllegalArgumentException("load.rounding must be ROUND_UP or TOLERANCE: " + rounding);
        }
        if (timeLimit.isNegative() || timeLimit.isZero()) {
            throw new IllegalArgumentException("load.timeLimit must be positive: " + timeLimit);
        }
    }

    /** The settings from the system properties, with the defaults of a small run against {@code mvn -Prun}. */
    static LoadSettings fromSystemProperties() {
        String url = property("load.url", "http://localhost:8080");
        return new LoadSettings(
                URI.create(url.endsWith("/") ? url : url + "/"),
                Integer.parseInt(property("load.members", "100")),
                Integer.parseInt(property("load.lines", "20")),
                Integer.parseInt(property("load.products", "200")),
                Integer.parseInt(property("load.clients", "50")),
                property("load.supplier", "COOP-NAMUR"),
                property("load.rounding", "ROUND_UP"),
                // The embedded default (launcher): database groupage on 127.0.0.1:3307, whose root signs in
                // over loopback with no password.
                property("load.jdbc", "jdbc:mariadb://127.0.0.1:3307/groupage"),
                property("load.jdbcUser", "root"),
                property("load.jdbcPassword", ""),
                Boolean.parseBoolean(property("load.floor", "true")),
                Boolean.parseBoolean(property("load.invoices", "true")),
                Integer.parseInt(property("load.pdfSample", "0")),
                Integer.parseInt(property("load.editRate", "50")),
                Integer.parseInt(property("load.editSeconds", "20")),
                Duration.ofSeconds(Long.parseLong(property("load.timeLimit", "1800"))),
                Path.of(property("load.report", "target/load-report.md")));
    }

    long orderLines() {
        return (long) members * lines;
    }

    private static String property(String name, String fallback) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    private static void requireRange(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " must be between " + min + " and " + max + ": " + value);
        }
    }
}
