package be.groupage.core.banking;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of reading a CODA file: either every statement it holds (no error) or every error (no
 * statement). A file with a single error imports nothing, so a statement is never half imported.
 */
public record CodaImport(List<BankStatement> statements, List<CodaError> errors) {

    public CodaImport {
        statements = List.copyOf(Objects.requireNonNull(statements, "statements"));
        errors = List.copyOf(Objects.requireNonNull(errors, "errors"));
        if (!statements.isEmpty() && !errors.isEmpty()) {
            throw new IllegalArgumentException("An import has either statements or errors, not both");
        }
        if (statements.isEmpty() && errors.isEmpty()) {
            throw new IllegalArgumentException("An import has at least a statement or an error");
        }
    }

    public static CodaImport valid(List<BankStatement> statements) {
        return new CodaImport(statements, List.of());
    }

    public static CodaImport invalid(List<CodaError> errors) {
        return new CodaImport(List.of(), errors);
    }

    public boolean isValid() {
        return errors.isEmpty();
    }
}
