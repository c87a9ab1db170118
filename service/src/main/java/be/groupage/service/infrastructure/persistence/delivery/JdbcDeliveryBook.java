package be.groupage.service.infrastructure.persistence.delivery;

import be.groupage.core.delivery.Delivery;
import be.groupage.core.delivery.DeliveryState;
import be.groupage.core.delivery.DocumentKind;
import be.groupage.core.delivery.InvalidParticipantIdException;
import be.groupage.core.delivery.ParticipantId;
import be.groupage.service.application.port.delivery.DeliveryBook;
import be.groupage.service.infrastructure.persistence.jdbc.DataSourceConfiguration;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The deliveries over {@code peppol_delivery}; the documents to deliver are the UBL rows of {@code stored_document}
 * that have none yet, addressed to the member of their invoice (or of the invoice their credit note corrects).
 */
@ApplicationScoped
public class JdbcDeliveryBook implements DeliveryBook {

    /** The columns of a {@link Delivery}, in the order {@link #delivery} reads them, from {@code peppol_delivery p}. */
    private static final String DELIVERY = "p.kind, p.number, p.recipient, p.state, p.attempts, p.next_attempt_at, p.reason, p.message_id, "
            + "p.receipt_id, p.queued_at, p.updated_at, p.delivered_at";

    /** MariaDB's error for a duplicate unique key (ER_DUP_ENTRY). */
    private static final int DUPLICATE_KEY = 1062;

    @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
    DataSource dataSource;

    @Override
    public List<Undelivered> undelivered(int max) {
        String sql = "SELECT d.id, d.kind, d.number, m.id, m.kbo FROM stored_document d "
                + "LEFT JOIN invoice i ON d.kind = 'INVOICE' AND i.number = d.number "
                + "LEFT JOIN credit_note n ON d.kind = 'CREDIT_NOTE' AND n.number = d.number "
                + "LEFT JOIN invoice ci ON ci.id = n.invoice_id "
                + "JOIN member m ON m.id = COALESCE(i.member_id, ci.member_id) "
                + "WHERE d.format = 'UBL' AND NOT EXISTS (SELECT 1 FROM peppol_delivery p WHERE p.document_id = d.id) "
                + "ORDER BY d.id LIMIT ?";
        try (Connection con = dataSource.getConnection(); PreparedStatement s = con.prepareStatement(sql)) {
            s.setInt(1, max);
            List<Undelivered> found = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    found.add(new Undelivered(r.getLong(1), DocumentKind.valueOf(r.getString(2)), r.getString(3), r.getLong(4), r.getString(5)));
                }
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the documents to deliver failed", e);
        }
    }

    @Override
    public boolean add(Undelivered document, Delivery delivery) {
        String sql = "INSERT INTO peppol_delivery (document_id, kind, number, member_id, recipient, state, attempts, next_attempt_at, "
                + "reason, message_id, receipt_id, queued_at, updated_at, delivered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (Connection con = dataSource.getConnection(); PreparedStatement s = con.prepareStatement(sql)) {
            s.setLong(1, document.documentId());
            s.setString(2, delivery.kind().name());
            s.setString(3, delivery.number());
            s.setLong(4, document.memberId());
            s.setString(5, delivery.recipient().map(ParticipantId::text).orElse(null));
            s.setString(6, delivery.state().name());
            s.setInt(7, delivery.attempts());
            s.setTimestamp(8, timestamp(delivery.nextAttemptAt()));
            s.setString(9, delivery.reason().orElse(null));
            s.setString(10, delivery.messageId().orElse(null));
            s.setString(11, delivery.receiptId().orElse(null));
            s.setTimestamp(12, Timestamp.from(delivery.queuedAt()));
            s.setTimestamp(13, Timestamp.from(delivery.updatedAt()));
            s.setTimestamp(14, timestamp(delivery.deliveredAt()));
            return s.executeUpdate() == 1;
        } catch (SQLIntegrityConstraintViolationException e) {
            if (e.getErrorCode() == DUPLICATE_KEY) {
                // another instance queued it first: only this statement is undone, the transaction goes on
                return false;
            }
            throw new IllegalStateException("Queueing the delivery of " + delivery.number() + " failed", e);
        } catch (SQLException e) {
            throw new IllegalStateException("Queueing the delivery of " + delivery.number() + " failed", e);
        }
    }

    @Override
    public List<Delivery> dueForUpdate(Instant at, int max) {
        String sql = "SELECT " + DELIVERY + " FROM peppol_delivery p WHERE p.next_attempt_at <= ? "
                + "AND p.state IN ('QUEUED', 'SENT', 'FAILED') ORDER BY p.next_attempt_at, p.id LIMIT ? FOR UPDATE SKIP LOCKED";
        try (Connection con = dataSource.getConnection(); PreparedStatement s = con.prepareStatement(sql)) {
            s.setTimestamp(1, Timestamp.from(at));
            s.setInt(2, max);
            List<Delivery> due = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    due.add(delivery(r, 1));
                }
            }
            return due;
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the deliveries due failed", e);
        }
    }

    @Override
    public Optional<Delivery> forUpdate(DocumentKind kind, String number) {
        String sql = "SELECT " + DELIVERY + " FROM peppol_delivery p WHERE p.kind = ? AND p.number = ? FOR UPDATE";
        try (Connection con = dataSource.getConnection(); PreparedStatement s = con.prepareStatement(sql)) {
            s.setString(1, kind.name());
            s.setString(2, number);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(delivery(r, 1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the delivery of " + number + " failed", e);
        }
    }

    @Override
    public void save(Delivery delivery) {
        String sql = "UPDATE peppol_delivery SET state = ?, attempts = ?, next_attempt_at = ?, reason = ?, message_id = ?, receipt_id = ?, "
                + "updated_at = ?, delivered_at = ? WHERE kind = ? AND number = ?";
        try (Connection con = dataSource.getConnection(); PreparedStatement s = con.prepareStatement(sql)) {
            s.setString(1, delivery.state().name());
            s.setInt(2, delivery.attempts());
            s.setTimestamp(3, timestamp(delivery.nextAttemptAt()));
            s.setString(4, delivery.reason().orElse(null));
            s.setString(5, delivery.messageId().orElse(null));
            s.setString(6, delivery.receiptId().orElse(null));
            s.setTimestamp(7, Timestamp.from(delivery.updatedAt()));
            s.setTimestamp(8, timestamp(delivery.deliveredAt()));
            s.setString(9, delivery.kind().name());
            s.setString(10, delivery.number());
            if (s.executeUpdate() != 1) {
                throw new IllegalStateException("No delivery of " + delivery.kind() + " " + delivery.number() + " to update");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Storing the delivery of " + delivery.number() + " failed", e);
        }
    }

    @Override
    public List<Listed> list(Optional<DeliveryState> state, int max) {
        String sql = "SELECT " + DELIVERY + ", m.code, m.name FROM peppol_delivery p JOIN member m ON m.id = p.member_id"
                + (state.isPresent() ? " WHERE p.state = ?" : "") + " ORDER BY p.updated_at DESC, p.id DESC LIMIT ?";
        try (Connection con = dataSource.getConnection(); PreparedStatement s = con.prepareStatement(sql)) {
            int at = 1;
            if (state.isPresent()) {
                s.setString(at++, state.get().name());
            }
            s.setInt(at, max);
            List<Listed> listed = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    listed.add(new Listed(delivery(r, 1), r.getString(13), r.getString(14)));
                }
            }
            return listed;
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the deliveries failed", e);
        }
    }

    @Override
    public Optional<Listed> ofDocument(String number) {
        String sql = "SELECT " + DELIVERY + ", m.code, m.name FROM peppol_delivery p JOIN member m ON m.id = p.member_id WHERE p.number = ? "
                + "ORDER BY p.kind LIMIT 1";
        try (Connection con = dataSource.getConnection(); PreparedStatement s = con.prepareStatement(sql)) {
            s.setString(1, number);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(new Listed(delivery(r, 1), r.getString(13), r.getString(14))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the delivery of " + number + " failed", e);
        }
    }

    @Override
    public byte[] ubl(DocumentKind kind, String number) {
        String sql = "SELECT content FROM stored_document WHERE kind = ? AND number = ? AND format = 'UBL'";
        try (Connection con = dataSource.getConnection(); PreparedStatement s = con.prepareStatement(sql)) {
            s.setString(1, kind.name());
            s.setString(2, number);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    throw new IllegalStateException("The UBL of " + kind + " " + number + " is not stored");
                }
                return r.getBytes(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the UBL of " + number + " failed", e);
        }
    }

    private static Delivery delivery(ResultSet r, int at) throws SQLException {
        return Delivery.restore(DocumentKind.valueOf(r.getString(at)), r.getString(at + 1), recipient(r.getString(at + 2)),
                DeliveryState.valueOf(r.getString(at + 3)), r.getInt(at + 4), instant(r.getTimestamp(at + 5)), r.getString(at + 6),
                r.getString(at + 7), r.getString(at + 8), r.getTimestamp(at + 9).toInstant(), r.getTimestamp(at + 10).toInstant(),
                instant(r.getTimestamp(at + 11)));
    }

    /** A recipient stored before its member's KBO number was checked is none: the delivery is then sent by hand. */
    private static ParticipantId recipient(String text) {
        if (text == null) {
            return null;
        }
        try {
            return ParticipantId.parse(text);
        } catch (InvalidParticipantIdException e) {
            return null;
        }
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static Timestamp timestamp(Optional<Instant> instant) {
        return instant.map(Timestamp::from).orElse(null);
    }
}
