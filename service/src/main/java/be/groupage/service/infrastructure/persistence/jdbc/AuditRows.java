package be.groupage.service.infrastructure.persistence.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/** An audit line written by the JDBC books on the transaction's connection, so it commits or rolls back with the change. */
public final class AuditRows {

    private AuditRows() {
    }

    public static void insert(Connection con, Instant at, String actor, String action, String subjectType, String subjectId, String detail)
            throws SQLException {
        try (PreparedStatement audit = con.prepareStatement("INSERT INTO audit_event (occurred_at, actor, action, subject_type, subject_id, "
                + "detail) VALUES (?, ?, ?, ?, ?, ?)")) {
            audit.setTimestamp(1, Timestamp.from(at));
            audit.setString(2, actor);
            audit.setString(3, action);
            audit.setString(4, subjectType);
            audit.setString(5, subjectId);
            audit.setString(6, detail);
            audit.executeUpdate();
        }
    }
}
