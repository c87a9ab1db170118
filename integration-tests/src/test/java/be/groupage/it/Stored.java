package be.groupage.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * What the service stored, read straight from the test database where no API shows it (the audit trail,
 * rows that must not exist twice, a withheld lot). Only reads: the tests make their data through the API
 * ({@link Fixtures}).
 */
final class Stored {

    private Stored() {
    }

    /** The single number a {@code SELECT COUNT(*) …} with {@code ?} parameters answers. */
    static long count(String sql, Object... parameters) throws SQLException {
        List<String> values = column(sql, parameters);
        return Long.parseLong(values.get(0));
    }

    /** The first column of every row, as text, in the query's order. */
    static List<String> column(String sql, Object... parameters) throws SQLException {
        try (Connection c = DriverManager.getConnection(TestDatabase.url(), TestDatabase.user(), TestDatabase.password());
             PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            List<String> values = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
            }
            return values;
        }
    }

    /** The audit actions recorded on one subject, oldest first. */
    static List<String> auditActions(String subjectType, String subjectId) throws SQLException {
        return column("SELECT action FROM audit_event WHERE subject_type = ? AND subject_id = ? ORDER BY id", subjectType, subjectId);
    }

    /** Who did the given action on one subject, oldest first. */
    static List<String> auditActors(String subjectType, String subjectId, String action) throws SQLException {
        return column("SELECT actor FROM audit_event WHERE subject_type = ? AND subject_id = ? AND action = ? ORDER BY id",
                subjectType, subjectId, action);
    }

    /** How many audit lines of that action name the subject. */
    static long auditCount(String action, String subjectId) throws SQLException {
        return count("SELECT COUNT(*) FROM audit_event WHERE action = ? AND subject_id = ?", action, subjectId);
    }
}
