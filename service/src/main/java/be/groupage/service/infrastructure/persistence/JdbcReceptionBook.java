package be.groupage.service.infrastructure.persistence;

import be.groupage.service.application.port.ReceptionBook;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Receptions in {@code reception_line} and {@code delivery}, written in JDBC batches in the caller's transaction. */
@ApplicationScoped
public class JdbcReceptionBook implements ReceptionBook {

    private static final int BATCH = 1000;

    @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
    DataSource dataSource;

    @Override
    public void save(long cycleId, List<ReceivedRow> received, List<DeliveredRow> delivered, Instant at, String by) {
        try (Connection con = dataSource.getConnection()) {
            Map<String, Long> members = CycleMemberIds.of(con, cycleId);
            Timestamp receivedAt = Timestamp.from(at);
            try (PreparedStatement s = con.prepareStatement("INSERT INTO reception_line (cycle_id, product_code, member_id, quantity, lot_code, "
                    + "use_by, best_before, received_at, received_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                int n = 0;
                for (ReceivedRow row : received) {
                    s.setLong(1, cycleId);
                    s.setString(2, row.productCode());
                    if (row.memberCode() == null) {
                        s.setNull(3, Types.BIGINT);
                    } else {
                        s.setLong(3, memberId(members, row.memberCode(), cycleId));
                    }
                    s.setBigDecimal(4, row.quantity());
                    s.setString(5, row.lot());
                    setDate(s, 6, row.useBy());
                    setDate(s, 7, row.bestBefore());
                    s.setTimestamp(8, receivedAt);
                    s.setString(9, by);
                    s.addBatch();
                    if (++n % BATCH == 0) {
                        s.executeBatch();
                    }
                }
                s.executeBatch();
            }
            try (PreparedStatement s = con.prepareStatement("INSERT INTO delivery (cycle_id, member_id, product_code, quantity, lot_code, use_by, "
                    + "best_before) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                int n = 0;
                for (DeliveredRow row : delivered) {
                    s.setLong(1, cycleId);
                    s.setLong(2, memberId(members, row.memberCode(), cycleId));
                    s.setString(3, row.productCode());
                    s.setBigDecimal(4, row.quantity());
                    s.setString(5, row.lot());
                    setDate(s, 6, row.useBy());
                    setDate(s, 7, row.bestBefore());
                    s.addBatch();
                    if (++n % BATCH == 0) {
                        s.executeBatch();
                    }
                }
                s.executeBatch();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Storing the reception of cycle " + cycleId + " failed", e);
        }
    }

    private static long memberId(Map<String, Long> members, String code, long cycleId) {
        Long id = members.get(code);
        if (id == null) {
            throw new IllegalStateException("Member " + code + " has no order in cycle " + cycleId);
        }
        return id;
    }

    private static void setDate(PreparedStatement s, int index, LocalDate date) throws SQLException {
        if (date == null) {
            s.setNull(index, Types.DATE);
        } else {
            s.setDate(index, Date.valueOf(date));
        }
    }
}
