package be.groupage.service.infrastructure.persistence.invoicing;

import be.groupage.core.invoicing.DocumentNumber;
import be.groupage.core.invoicing.InvoiceSeries;
import be.groupage.service.application.common.ConflictException;
import be.groupage.service.application.port.invoicing.DocumentSeries;
import be.groupage.service.infrastructure.persistence.jdbc.DataSourceConfiguration;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Series counters in {@code document_series}: the counter row is locked ({@code SELECT … FOR UPDATE})
 * and moved on by the numbers taken, in the issuing transaction; the lock is held until it commits or
 * rolls back, so another issuer (on any instance) waits, and a rollback gives the numbers back.
 */
@ApplicationScoped
public class JdbcDocumentSeries implements DocumentSeries {

    @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
    DataSource dataSource;

    @Inject
    SeriesCounterRows rows;

    /** Series whose counter row this instance has made sure of (created or found); it is never deleted. */
    private final Set<String> known = ConcurrentHashMap.newKeySet();

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public List<DocumentNumber> take(InvoiceSeries series, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be positive: " + count);
        }
        String key = DocumentSeries.key(series);
        // The row exists before this transaction locks anything in the table: a locking read of a missing
        // row would take a gap lock that the transaction creating it then waits for.
        if (known.add(key + "/" + series.year())) {
            rows.create(key, series.year());
        }
        try (Connection con = dataSource.getConnection()) {
            int last;
            try (PreparedStatement s = con.prepareStatement("SELECT last_sequence FROM document_series WHERE series = ? AND year = ? FOR UPDATE")) {
                s.setString(1, key);
                s.setInt(2, series.year());
                try (ResultSet r = s.executeQuery()) {
                    if (!r.next()) {
                        throw new IllegalStateException("The counter of series " + key + " " + series.year() + " is missing");
                    }
                    last = r.getInt(1);
                }
            }
            if ((long) last + count > InvoiceSeries.MAX_SEQUENCE) {
                throw new ConflictException("Series " + series + " has " + (InvoiceSeries.MAX_SEQUENCE - last) + " number(s) left, "
                        + count + " needed.");
            }
            try (PreparedStatement s = con.prepareStatement("UPDATE document_series SET last_sequence = ? WHERE series = ? AND year = ?")) {
                s.setInt(1, last + count);
                s.setString(2, key);
                s.setInt(3, series.year());
                s.executeUpdate();
            }
            List<DocumentNumber> numbers = new ArrayList<>(count);
            for (int i = 1; i <= count; i++) {
                numbers.add(series.number(last + i));
            }
            return numbers;
        } catch (SQLException e) {
            throw new IllegalStateException("Taking " + count + " number(s) of series " + key + " failed", e);
        }
    }
}
