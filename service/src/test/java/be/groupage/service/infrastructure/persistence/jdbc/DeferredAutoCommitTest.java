package be.groupage.service.infrastructure.persistence.jdbc;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What reaches the driver through {@link DeferredAutoCommit}, on a connection that records the calls that would be
 * round trips (the server's auto-commit switches, commits, statements, metadata queries), as the pool drives it.
 */
class DeferredAutoCommitTest {

    private final List<String> sent = new ArrayList<>();
    private Connection connection;

    @BeforeEach
    void setUp() throws SQLException {
        connection = DeferredAutoCommit.wrap(recording());
    }

    @Test
    void transactionAfterTransaction_theServerIsSwitchedOffOnceAndNeverBackOn() throws SQLException {
        for (int i = 0; i < 3; i++) {
            connection.setAutoCommit(false);          // the pool enlists
            connection.prepareStatement("INSERT 1");
            connection.commit();
            connection.setAutoCommit(true);           // the pool ends the transaction
            assertThat(connection.getAutoCommit()).isTrue();
        }
        assertThat(sent).containsExactly("autocommit=false", "prepare INSERT 1", "commit", "prepare INSERT 1", "commit",
                "prepare INSERT 1", "commit");
    }

    @Test
    void aStatementOutsideATransactionRunsWithAutoCommitOnTheServer() throws SQLException {
        connection.setAutoCommit(false);
        connection.prepareStatement("INSERT 1");
        connection.commit();
        connection.setAutoCommit(true);
        connection.prepareStatement("SELECT 2");    // e.g. a read outside any transaction
        connection.createStatement();
        connection.setAutoCommit(false);
        connection.prepareStatement("INSERT 3");

        assertThat(sent).containsExactly("autocommit=false", "prepare INSERT 1", "commit", "autocommit=true", "prepare SELECT 2",
                "create", "autocommit=false", "prepare INSERT 3");
    }

    @Test
    void gettingTheMetadataSendsNothing_usingItLinesTheServerUpFirst() throws SQLException {
        connection.setAutoCommit(false);
        connection.commit();
        connection.setAutoCommit(true);

        DatabaseMetaData meta = connection.getMetaData(); // what the pool's validation does
        assertThat(sent).containsExactly("autocommit=false", "commit");
        assertThat(meta.getConnection()).isSameAs(connection);

        meta.getTables(null, null, "%", null);
        assertThat(sent).containsExactly("autocommit=false", "commit", "autocommit=true", "tables");
    }

    @Test
    void unwrappingToTheDriverLinesTheServerUpFirst() throws SQLException {
        connection.setAutoCommit(false);
        connection.commit();
        connection.setAutoCommit(true);
        assertThat(connection.unwrap(Connection.class)).as("the wrapper is a connection itself").isSameAs(connection);
        assertThat(sent).containsExactly("autocommit=false", "commit");

        Object driver = connection.unwrap(Runnable.class); // any type only the driver's own connection is
        assertThat(driver).isNotSameAs(connection);
        assertThat(sent).containsExactly("autocommit=false", "commit", "autocommit=true");
        assertThat(connection.isWrapperFor(Connection.class)).isTrue();
    }

    @Test
    void binaryStatementsAreOfferedThroughUnwrap_andLineTheServerUpFirst() throws SQLException {
        connection.setAutoCommit(false);
        connection.commit();
        connection.setAutoCommit(true);
        assertThat(connection.isWrapperFor(BinaryStatements.class)).isTrue();

        connection.unwrap(BinaryStatements.class).prepareBinary("INSERT 4"); // not the MariaDB driver here: a plain prepare
        assertThat(sent).containsExactly("autocommit=false", "commit", "autocommit=true", "prepare INSERT 4");
    }

    /** A driver connection that records its round trips; it starts in auto-commit, as a new MariaDB connection does. */
    private Connection recording() {
        boolean[] autoCommit = {true};
        DatabaseMetaData meta = (DatabaseMetaData) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{DatabaseMetaData.class},
                (p, m, a) -> {
                    if (m.getName().equals("getTables")) {
                        sent.add("tables");
                    }
                    return null;
                });
        PreparedStatement statement = (PreparedStatement) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[]{PreparedStatement.class}, (p, m, a) -> null);
        Connection[] self = new Connection[1];
        self[0] = (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{Connection.class}, (p, m, a) -> {
            switch (m.getName()) {
                case "getAutoCommit":
                    return autoCommit[0];
                case "setAutoCommit":
                    autoCommit[0] = (Boolean) a[0];
                    sent.add("autocommit=" + a[0]);
                    return null;
                case "commit":
                    sent.add("commit");
                    return null;
                case "prepareStatement":
                    sent.add("prepare " + a[0]);
                    return statement;
                case "createStatement":
                    sent.add("create");
                    return statement;
                case "getMetaData":
                    return meta;
                case "unwrap":
                    return self[0];
                case "isWrapperFor":
                    return false;
                default:
                    return null;
            }
        });
        return self[0];
    }
}
