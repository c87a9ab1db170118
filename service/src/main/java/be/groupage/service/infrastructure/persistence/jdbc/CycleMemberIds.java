package be.groupage.service.infrastructure.persistence.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/** The row id of every member with an order in a cycle, by member code: what the bulk writers key their rows with. */
public final class CycleMemberIds {

    private CycleMemberIds() {
    }

    public static Map<String, Long> of(Connection con, long cycleId) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        try (PreparedStatement s = con.prepareStatement("SELECT m.code, m.id FROM member m JOIN member_order o ON o.member_id = m.id "
                + "WHERE o.cycle_id = ?")) {
            s.setLong(1, cycleId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    ids.put(r.getString(1), r.getLong(2));
                }
            }
        }
        return ids;
    }
}
