package be.groupage.load;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The floor of order intake: the same order lines the API took, written straight into the same MariaDB
 * with JDBC batches, one transaction and one batch per member order, from as many connections as the
 * API had clients. They go into a scratch copy of {@code order_line} ({@code CREATE TABLE … LIKE}, with
 * the real table's foreign key to {@code member_order} added back, since {@code LIKE} does not copy
 * it), pointing at the orders the API created; the copy is dropped afterwards. What the floor leaves out
 * is what the service adds on top: HTTP, JSON, security, validation, the catalogue lookup, the
 * {@code member_order} row, the audit line.
 */
final class OrderLineFloor {

    /** What the floor wrote and how long it took (from the first batch to the last commit). */
    /** The rows written, how long, from how many connections, and each order's batch and commit as a latency. */
    record Result(long rows, long nanos, int connections, Latencies perOrder) {
        double rowsPerSecond() {
            return nanos == 0 ? 0 : rows / (nanos / 1e9);
        }
    }

    private final LoadSettings settings;

    OrderLineFloor(LoadSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    Result write(LoadData data, long cycleId, String tag, Instant deadline) throws SQLException, InterruptedException {
        String table = "load_floor_order_line_" + tag.toLowerCase(Locale.ROOT);
        int threads = Math.min(settings.clients(), settings.members());
        List<Connection> connections = new ArrayList<>(threads);
        try (Connection admin = connect()) {
            Map<String, Long> orderIds = orderIds(admin, cycleId);
            if (orderIds.size() != settings.members()) {
                throw new IllegalStateException("The floor needs the API's " + settings.members() + " orders of cycle " + cycleId
                        + "; the database has " + orderIds.size());
            }
            try (Statement s = admin.createStatement()) {
                s.execute("CREATE TABLE `" + table + "` LIKE order_line");
                if (!hasForeignKey(admin, table)) {
                    s.execute("ALTER TABLE `" + table + "` ADD CONSTRAINT `fk_" + table + "` FOREIGN KEY (order_id)"
                            + " REFERENCES member_order (id) ON DELETE CASCADE");
                }
            }
            try {
                for (int i = 0; i < threads; i++) {
                    Connection c = connect();
                    c.setAutoCommit(false);
                    connections.add(c);
                }
                // The bodies are built before the clock starts, as the API's clients built theirs.
                List<List<LoadData.Line>> orders = new ArrayList<>(settings.members());
                for (int m = 0; m < settings.members(); m++) {
                    orders.add(data.order(m));
                }
                return insert(table, data, orders, orderIds, connections, deadline);
            } finally {
                for (Connection c : connections) {
                    c.close();
                }
                try (Statement s = admin.createStatement()) {
                    s.execute("DROP TABLE IF EXISTS `" + table + "`");
                }
            }
        }
    }

    private Result insert(String table, LoadData data, List<List<LoadData.Line>> orders, Map<String, Long> orderIds,
                          List<Connection> connections, Instant deadline) throws InterruptedException, SQLException {
        String sql = "INSERT INTO `" + table + "` (order_id, product_code, quantity, maximum, ordered_at) VALUES (?, ?, ?, ?, ?)";
        AtomicInteger next = new AtomicInteger();
        AtomicLong rows = new AtomicLong();
        AtomicReference<SQLException> failure = new AtomicReference<>();
        long[] latencies = new long[orders.size()];
        List<Thread> workers = new ArrayList<>();
        long start = System.nanoTime();
        for (Connection c : connections) {
            Thread t = new Thread(() -> {
                try (PreparedStatement insert = c.prepareStatement(sql)) {
                    for (int m = next.getAndIncrement(); m < orders.size() && failure.get() == null && Instant.now().isBefore(deadline);
                         m = next.getAndIncrement()) {
                        long orderId = orderIds.get(data.memberCode(m));
                        long begun = System.nanoTime();
                        Timestamp at = Timestamp.from(Instant.now());
                        for (LoadData.Line l : orders.get(m)) {
                            insert.setLong(1, orderId);
                            insert.setString(2, l.product());
                            insert.setBigDecimal(3, l.quantity());
                            insert.setBigDecimal(4, l.max());
                            insert.setTimestamp(5, at);
                            insert.addBatch();
                        }
                        insert.executeBatch();
                        c.commit();
                        latencies[m] = System.nanoTime() - begun;
                        rows.addAndGet(orders.get(m).size());
                    }
                } catch (SQLException e) {
                    failure.compareAndSet(null, e);
                }
            }, "load-floor");
            t.setDaemon(true);
            workers.add(t);
            t.start();
        }
        for (Thread t : workers) {
            t.join();
        }
        long nanos = System.nanoTime() - start;
        if (failure.get() != null) {
            throw failure.get();
        }
        if (rows.get() < settings.orderLines()) {
            throw new ServiceClient.TimeLimitReached();
        }
        return new Result(rows.get(), nanos, connections.size(), new Latencies(Arrays.stream(latencies).filter(n -> n > 0).toArray()));
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(settings.jdbcUrl(), settings.jdbcUser(), settings.jdbcPassword());
    }

    private static Map<String, Long> orderIds(Connection c, long cycleId) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        try (PreparedStatement q = c.prepareStatement(
                "SELECT m.code, o.id FROM member_order o JOIN member m ON m.id = o.member_id WHERE o.cycle_id = ?")) {
            q.setLong(1, cycleId);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    ids.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        return ids;
    }

    private static boolean hasForeignKey(Connection c, String table) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT COUNT(*) FROM information_schema.REFERENTIAL_CONSTRAINTS"
                + " WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = ?")) {
            q.setString(1, table);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getInt(1) > 0;
            }
        }
    }
}
