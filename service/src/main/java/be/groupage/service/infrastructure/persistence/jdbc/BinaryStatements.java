package be.groupage.service.infrastructure.persistence.jdbc;

import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Statements over MariaDB's binary protocol, for the few that send large values: the parameters travel as bytes
 * instead of being escaped into the SQL text and parsed back by the server (a stored PDF or UBL is hundreds of
 * kilobytes). Every connection of the pool offers it ({@link DeferredAutoCommit}), reached through the pool's
 * wrapper with {@code unwrap(BinaryStatements.class)}; every other statement stays a client-side prepared one.
 * Public because the pool's wrapper answers {@code unwrap} with a proxy of its own, which must see the interface.
 */
public interface BinaryStatements {

    PreparedStatement prepareBinary(String sql) throws SQLException;
}
