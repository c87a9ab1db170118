package be.groupage.service.infrastructure.persistence.jdbc;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;

/**
 * A physical connection that switches auto-commit on the server only when a statement needs it.
 *
 * <p>Payara's pool ends every local transaction with {@code commit(); setAutoCommit(true)} and begins the
 * next with {@code setAutoCommit(false)}: with the MariaDB driver, two statements ({@code set autocommit=1},
 * {@code set autocommit=0}) and two round trips per transaction that change nothing, since the next
 * transaction switches it off again. Seen in MariaDB's general log, an order PUT was eight round trips, two
 * of them these. Here, turning auto-commit on is only remembered; the server is switched when a statement is
 * about to run in auto-commit mode (outside a transaction), and turning it off again while the server still has
 * it off sends nothing. Everything that can run a statement goes through that check first: creating a
 * statement of any kind, savepoints, {@code nativeSQL}, unwrapping to the driver's connection, and any use of the
 * metadata (whose queries run on the driver's connection). Getting the metadata alone sends nothing, as the
 * pool does to validate a connection it hands out. What the caller sees ({@link Connection#getAutoCommit()}) is always what it set.
 */
final class DeferredAutoCommit implements InvocationHandler {


    /** Methods after which a statement may run on the server: auto-commit must be as the caller set it first. */
    private static final Set<String> RUNS_STATEMENTS = Set.of("createStatement", "prepareStatement", "prepareCall", "nativeSQL",
            "setSavepoint", "releaseSavepoint");

    private final Connection physical;
    /** What the caller set. */
    private boolean autoCommit;
    /** What the server has. */
    private boolean serverAutoCommit;

    private DeferredAutoCommit(Connection physical) throws SQLException {
        this.physical = physical;
        this.autoCommit = physical.getAutoCommit();
        this.serverAutoCommit = autoCommit;
    }

    static Connection wrap(Connection physical) throws SQLException {
        return (Connection) Proxy.newProxyInstance(DeferredAutoCommit.class.getClassLoader(),
                new Class<?>[]{Connection.class, BinaryStatements.class}, new DeferredAutoCommit(physical));
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        String name = method.getName();
        switch (name) {
            case "setAutoCommit" -> {
                boolean on = (Boolean) args[0];
                if (!on && serverAutoCommit) {
                    physical.setAutoCommit(false);
                    serverAutoCommit = false;
                }
                autoCommit = on;
                return null;
            }
            case "getAutoCommit" -> {
                return autoCommit;
            }
            case "prepareBinary" -> {
                line();
                String sql = (String) args[0];
                return physical instanceof org.mariadb.jdbc.Connection mariadb
                        ? mariadb.prepareInternal(sql, Statement.NO_GENERATED_KEYS, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY, true)
                        : physical.prepareStatement(sql);
            }
            case "unwrap" -> {
                Class<?> type = (Class<?>) args[0];
                if (type.isInstance(proxy)) {
                    return proxy;
                }
                line();
                return physical.unwrap(type); // the driver's own connection can run statements: make it as set first
            }
            case "isWrapperFor" -> {
                return ((Class<?>) args[0]).isInstance(proxy) || physical.isWrapperFor((Class<?>) args[0]);
            }
            case "equals" -> {
                return proxy == args[0];
            }
            case "hashCode" -> {
                return System.identityHashCode(proxy);
            }
            case "toString" -> {
                return "DeferredAutoCommit(" + physical + ")";
            }
            default -> {
                if (RUNS_STATEMENTS.contains(name)) {
                    line();
                }
                try {
                    Object result = method.invoke(physical, args);
                    return name.equals("getMetaData") ? metaData((DatabaseMetaData) result, (Connection) proxy) : result;
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
            }
        }
    }

    /** Brings the server in line with what the caller set, before a statement may run. */
    private void line() throws SQLException {
        if (autoCommit != serverAutoCommit) {
            physical.setAutoCommit(autoCommit);
            serverAutoCommit = autoCommit;
        }
    }

    /** The driver's metadata, answering the wrapping connection as its connection and lining auto-commit up before any query. */
    private DatabaseMetaData metaData(DatabaseMetaData meta, Connection proxy) {
        return (DatabaseMetaData) Proxy.newProxyInstance(DeferredAutoCommit.class.getClassLoader(), new Class<?>[]{DatabaseMetaData.class},
                (p, m, a) -> {
                    switch (m.getName()) {
                        case "getConnection" -> {
                            return proxy;
                        }
                        case "equals" -> {
                            return p == a[0];
                        }
                        case "hashCode" -> {
                            return System.identityHashCode(p);
                        }
                        default -> line();
                    }
                    try {
                        return m.invoke(meta, a);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
