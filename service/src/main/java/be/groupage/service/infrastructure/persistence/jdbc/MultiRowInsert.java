package be.groupage.service.infrastructure.persistence.jdbc;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;

/**
 * Rows of one table written as multi-row {@code INSERT … VALUES (…), (…), …} statements of up to
 * {@value #ROWS_PER_STATEMENT} rows, on the caller's connection (so in its transaction).
 *
 * <p>Why not a JDBC batch: through the pool, the MariaDB driver sends a batch as one {@code INSERT} per row
 * (pipelined), and the server executes each on its own; a close of 100,000 lines spent about 7 s so. One
 * statement per thousand rows is one parse and one execution per thousand. The full-size statement is
 * prepared once and reused, and sent {@value #STATEMENTS_PER_BATCH} at a time as a JDBC batch, which the
 * driver pipelines (it writes them all, then reads the answers), so the server inserts one while the next is
 * being encoded; only the last, shorter statement is prepared again.
 */
public final class MultiRowInsert implements AutoCloseable {

    static final int ROWS_PER_STATEMENT = 1000;
    static final int STATEMENTS_PER_BATCH = 8;
    private static final int INITIAL_ROWS = 16;

    private final Connection con;
    private final String head;
    private final String row;
    private final int columns;
    private Object[] values;
    private int rows;
    private long written;
    private PreparedStatement full;
    private int batched;

    /** {@code INSERT INTO table (columns…) VALUES}, each row's values given in that order to {@link #add}. */
    public MultiRowInsert(Connection con, String table, String... columns) {
        this.con = Objects.requireNonNull(con, "con");
        this.columns = columns.length;
        this.head = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ";
        this.row = "(" + "?, ".repeat(columns.length - 1) + "?)";
        this.values = new Object[INITIAL_ROWS * columns.length]; // grown as rows come: an order has a hundred, a close a million
    }

    /** One row: {@code Long}, {@code Integer}, {@code String}, {@code BigDecimal}, {@code LocalDate}, {@code Timestamp} or null. */
    public void add(Object... row) throws SQLException {
        if (row.length != columns) {
            throw new IllegalArgumentException("A row has " + columns + " values, not " + row.length);
        }
        if ((rows + 1) * columns > values.length) {
            values = Arrays.copyOf(values, Math.min(values.length * 2, ROWS_PER_STATEMENT * columns));
        }
        System.arraycopy(row, 0, values, rows * columns, columns);
        if (++rows == ROWS_PER_STATEMENT) {
            if (full == null) {
                full = con.prepareStatement(sql(ROWS_PER_STATEMENT));
            }
            bindAll(full);
            full.addBatch();
            if (++batched == STATEMENTS_PER_BATCH) {
                sendBatch();
            }
        }
    }

    /** How many rows were written so far. */
    long written() {
        return written;
    }

    /** Writes the rows still held, then closes the statement. */
    @Override
    public void close() throws SQLException {
        try {
            if (batched > 0) {
                sendBatch();
            }
            if (rows > 0) {
                try (PreparedStatement last = con.prepareStatement(sql(rows))) {
                    int count = rows;
                    bindAll(last);
                    last.executeUpdate();
                    written += count;
                }
            }
        } finally {
            if (full != null) {
                full.close();
            }
        }
    }

    private String sql(int count) {
        StringBuilder sql = new StringBuilder(head.length() + count * (row.length() + 2)).append(head);
        for (int i = 0; i < count; i++) {
            sql.append(i == 0 ? "" : ", ").append(row);
        }
        return sql.toString();
    }

    private void bindAll(PreparedStatement s) throws SQLException {
        int n = rows * columns;
        for (int i = 0; i < n; i++) {
            bind(s, i + 1, values[i]);
            values[i] = null;
        }
        rows = 0;
    }

    private void sendBatch() throws SQLException {
        full.executeBatch();
        written += (long) batched * ROWS_PER_STATEMENT;
        batched = 0;
    }

    private static void bind(PreparedStatement s, int index, Object value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.NULL);
        } else if (value instanceof Long l) {
            s.setLong(index, l);
        } else if (value instanceof Integer i) {
            s.setInt(index, i);
        } else if (value instanceof String t) {
            s.setString(index, t);
        } else if (value instanceof BigDecimal d) {
            s.setBigDecimal(index, d);
        } else if (value instanceof LocalDate d) {
            s.setDate(index, Date.valueOf(d));
        } else if (value instanceof Timestamp t) {
            s.setTimestamp(index, t);
        } else {
            throw new IllegalArgumentException("No column binding for a " + value.getClass().getName());
        }
    }
}
