package be.groupage.service.application.port.payments;

import be.groupage.core.banking.StatementFile;

import java.io.InputStream;

/**
 * Reads the bank statement files whose format needs a library: CAMT.053 (ISO 20022), the XML statements
 * Belgian banks deliver. CODA is read by core's {@code CodaReader} itself.
 */
public interface BankStatementReader {

    /**
     * Every statement ({@code Stmt}) of a CAMT.053 file, or every error found in it with its line and column;
     * never throws on bad input.
     */
    StatementFile readCamt053(InputStream in);
}
