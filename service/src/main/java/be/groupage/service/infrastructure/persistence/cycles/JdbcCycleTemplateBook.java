package be.groupage.service.infrastructure.persistence.cycles;

import be.groupage.core.cycle.Cadence;
import be.groupage.service.application.port.cycles.CycleTemplateBook;
import be.groupage.service.infrastructure.persistence.jdbc.DataSourceConfiguration;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Recurring cycles in {@code cycle_template} and {@code cycle_template_occurrence}, inside the caller's transaction. */
@ApplicationScoped
public class JdbcCycleTemplateBook implements CycleTemplateBook {

    private static final String SELECT = "SELECT t.id, t.source_cycle_id, c.title, t.cadence, t.created_at, t.created_by, t.stopped_at, "
            + "t.stopped_by FROM cycle_template t JOIN cycle c ON c.id = t.source_cycle_id ";

    @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
    DataSource dataSource;

    @Override
    public long create(long sourceCycleId, Cadence cadence, Instant at, String by) {
        try (Connection con = dataSource.getConnection();
             PreparedStatement s = con.prepareStatement("INSERT INTO cycle_template (source_cycle_id, cadence, created_at, created_by) "
                     + "VALUES (?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            s.setLong(1, sourceCycleId);
            s.setString(2, cadence.name());
            s.setTimestamp(3, Timestamp.from(at));
            s.setString(4, by);
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Storing the template of cycle " + sourceCycleId + " failed", e);
        }
    }

    @Override
    public Optional<TemplateDetails> find(long id) {
        return query(SELECT + "WHERE t.id = ?", id).stream().findFirst();
    }

    @Override
    public List<TemplateDetails> list() {
        return query(SELECT + "ORDER BY t.id DESC");
    }

    @Override
    public Optional<TemplateDetails> activeFor(long sourceCycleId) {
        return query(SELECT + "WHERE t.source_cycle_id = ? AND t.stopped_at IS NULL", sourceCycleId).stream().findFirst();
    }

    @Override
    public List<Long> active() {
        try (Connection con = dataSource.getConnection();
             PreparedStatement s = con.prepareStatement("SELECT id FROM cycle_template WHERE stopped_at IS NULL ORDER BY id");
             ResultSet rs = s.executeQuery()) {
            List<Long> ids = new ArrayList<>();
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
            return ids;
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the running templates failed", e);
        }
    }

    @Override
    public boolean stop(long id, Instant at, String by) {
        try (Connection con = dataSource.getConnection();
             PreparedStatement s = con.prepareStatement("UPDATE cycle_template SET stopped_at = ?, stopped_by = ? WHERE id = ? AND stopped_at IS NULL")) {
            s.setTimestamp(1, Timestamp.from(at));
            s.setString(2, by);
            s.setLong(3, id);
            return s.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("Stopping template " + id + " failed", e);
        }
    }

    @Override
    public Optional<TemplateDetails> lockActive(long id) {
        try (Connection con = dataSource.getConnection();
             PreparedStatement s = con.prepareStatement("SELECT id FROM cycle_template WHERE id = ? AND stopped_at IS NULL FOR UPDATE")) {
            s.setLong(1, id);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Locking template " + id + " failed", e);
        }
        return find(id);
    }

    @Override
    public boolean claim(long templateId, int occurrence, Instant at) {
        try (Connection con = dataSource.getConnection();
             PreparedStatement s = con.prepareStatement("INSERT IGNORE INTO cycle_template_occurrence (template_id, occurrence, created_at) "
                     + "VALUES (?, ?, ?)")) {
            s.setLong(1, templateId);
            s.setInt(2, occurrence);
            s.setTimestamp(3, Timestamp.from(at));
            return s.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("Claiming occurrence " + occurrence + " of template " + templateId + " failed", e);
        }
    }

    @Override
    public void attach(long templateId, int occurrence, long cycleId) {
        try (Connection con = dataSource.getConnection();
             PreparedStatement s = con.prepareStatement("UPDATE cycle_template_occurrence SET cycle_id = ? WHERE template_id = ? AND occurrence = ?")) {
            s.setLong(1, cycleId);
            s.setLong(2, templateId);
            s.setInt(3, occurrence);
            if (s.executeUpdate() != 1) {
                throw new IllegalStateException("Occurrence " + occurrence + " of template " + templateId + " was not claimed");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Recording the cycle of occurrence " + occurrence + " of template " + templateId + " failed", e);
        }
    }

    private List<TemplateDetails> query(String sql, Object... parameters) {
        try (Connection con = dataSource.getConnection()) {
            Map<Long, TemplateDetails> templates = new LinkedHashMap<>();
            try (PreparedStatement s = con.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    s.setObject(i + 1, parameters[i]);
                }
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        long id = rs.getLong(1);
                        templates.put(id, new TemplateDetails(id, rs.getLong(2), rs.getString(3), Cadence.valueOf(rs.getString(4)),
                                rs.getTimestamp(5).toInstant(), rs.getString(6), Optional.ofNullable(rs.getTimestamp(7)).map(Timestamp::toInstant),
                                Optional.ofNullable(rs.getString(8)), List.of()));
                    }
                }
            }
            if (templates.isEmpty()) {
                return List.of();
            }
            Map<Long, List<CreatedOccurrence>> occurrences = new LinkedHashMap<>();
            String in = String.join(",", templates.keySet().stream().map(k -> "?").toList());
            try (PreparedStatement s = con.prepareStatement("SELECT template_id, occurrence, cycle_id FROM cycle_template_occurrence "
                    + "WHERE cycle_id IS NOT NULL AND template_id IN (" + in + ") ORDER BY template_id, occurrence")) {
                int i = 1;
                for (long id : templates.keySet()) {
                    s.setLong(i++, id);
                }
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        occurrences.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new CreatedOccurrence(rs.getInt(2), rs.getLong(3)));
                    }
                }
            }
            return templates.values().stream().map(t -> new TemplateDetails(t.id(), t.sourceCycleId(), t.title(), t.cadence(), t.createdAt(),
                    t.createdBy(), t.stoppedAt(), t.stoppedBy(), occurrences.getOrDefault(t.id(), List.of()))).toList();
        } catch (SQLException e) {
            throw new IllegalStateException("Reading cycle templates failed", e);
        }
    }
}
