package be.groupage.service.infrastructure.persistence.invoicing;

import be.groupage.service.infrastructure.persistence.jdbc.DataSourceConfiguration;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Creates a counter row in a transaction of its own, committed at once, so the issuing transaction only
 * ever locks an existing row (a duplicate-key insert inside it would take a shared lock that two issuers
 * could both hold and then deadlock upgrading). A counter at 0 takes no number: no gap.
 */
@ApplicationScoped
public class SeriesCounterRows {

    @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
    DataSource dataSource;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void create(String key, int year) {
        try (Connection con = dataSource.getConnection();
             PreparedStatement s = con.prepareStatement("INSERT IGNORE INTO document_series (series, year, last_sequence) VALUES (?, ?, 0)")) {
            s.setString(1, key);
            s.setInt(2, year);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Creating the counter of series " + key + " " + year + " failed", e);
        }
    }
}
