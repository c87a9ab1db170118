package be.groupage.core.banking;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of reading a bank statement file (CODA or CAMT.053): either every statement it holds (no error)
 * or every error (no statement). A file with a single error imports nothing, so a statement is never half
 * imported.
 */
public record StatementFile(List<BankStatement> statements, List<StatementFileError> errors) {

    public StatementFile {
        statements = List.copyOf(Objects.requireNonNull(statements, "statements"));
        errors = List.copyOf(Objects.requireNonNull(errors, "errors"));
        if (!statements.isEmpty() && !errors.isEmpty()) {
            throw new IllegalArgumentException("An import has either statements or errors, not both");
        }
        if (statements.isEmpty() && errors.isEmpty()) {
            throw new IllegalArgumentException("An import has at least a statement or an error");
        }
    }

    public static StatementFile valid(List<BankStatement> statements) {
        return new StatementFile(statements, List.of());
    }

    public static StatementFile invalid(List<StatementFileError> errors) {
        return new StatementFile(List.of(), errors);
    }

    public boolean isValid() {
        return errors.isEmpty();
    }
}
