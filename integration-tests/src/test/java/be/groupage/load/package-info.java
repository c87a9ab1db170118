/**
 * A load generator for the running service (issue 10), not a test: it drives one whole cycle through
 * the REST API (catalogue, members, orders from concurrent clients, close, send, reception, invoices,
 * every invoice's PDF) and, in the same run, writes the same order lines straight into the same MariaDB
 * with JDBC batches (the floor), then prints the figures as a Markdown table. Its class names end in
 * neither {@code IT} nor {@code Test}, so Surefire and Failsafe never run it; the {@code load} profile of
 * this module does ({@code BENCHMARKS.md} has the commands).
 *
 * <p>Depends on: the JDK's HTTP client, Jackson, the MariaDB JDBC driver. Nothing depends on it.
 */
package be.groupage.load;
