package be.groupage.service.infrastructure.persistence.jdbc;

import org.mariadb.jdbc.MariaDbDataSource;

import javax.sql.DataSource;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;

/**
 * The MariaDB driver's data source seen as a plain {@link DataSource} only. {@code MariaDbDataSource} is
 * also an {@code XADataSource}, and Payara builds an XA pool for any class that is one: every transaction
 * then becomes an XA transaction ({@code XA START}, {@code XA END}, {@code XA COMMIT … ONE PHASE}: three
 * more round trips each), and a JDBC port and EclipseLink working in the same transaction each hold a
 * physical connection. The application has one database; local transactions are all it needs, and with
 * them the connections of one transaction are one. Payara sets the properties through these setters.
 *
 * <p>Each physical connection switches auto-commit on the server only when a statement needs it
 * ({@link DeferredAutoCommit}): two round trips fewer per transaction.
 */
public class LocalMariaDbDataSource implements DataSource {

    private final MariaDbDataSource driver = new MariaDbDataSource();

    public void setUrl(String url) throws SQLException {
        driver.setUrl(url);
    }

    public String getUrl() {
        return driver.getUrl();
    }

    public void setUser(String user) throws SQLException {
        driver.setUser(user);
    }

    public String getUser() {
        return driver.getUser();
    }

    public void setPassword(String password) throws SQLException {
        driver.setPassword(password);
    }

    @Override
    public Connection getConnection() throws SQLException {
        return DeferredAutoCommit.wrap(driver.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return DeferredAutoCommit.wrap(driver.getConnection(username, password));
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return driver.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        driver.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        driver.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return driver.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return driver.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException(LocalMariaDbDataSource.class.getSimpleName() + " does not wrap a " + type.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
