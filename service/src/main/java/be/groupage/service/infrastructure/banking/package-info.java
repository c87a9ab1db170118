/**
 * Bank statement files read into core's statement model: CAMT.053 (ISO 20022 {@code BkToCstmrStmt},
 * camt.053.001.02 to .08), the XML statements Belgian banks deliver, read with the JDK's StAX parser
 * ({@link be.groupage.service.infrastructure.banking.Camt053Reader}). CODA needs no adapter: core's
 * {@code CodaReader} reads it.
 *
 * <p>Implements {@code application.port.payments.BankStatementReader}. Every decision a statement carries (the
 * balance check, what a structured communication is, the identity of a movement) is core's; this package only
 * finds the elements and says, in French and English, where a file is wrong.
 *
 * <p>May depend on: {@code core}, {@code application.port.payments}, the JDK's {@code javax.xml.stream} and CDI.
 * Knows nothing of JPA nor of JAX-RS.
 */
package be.groupage.service.infrastructure.banking;
