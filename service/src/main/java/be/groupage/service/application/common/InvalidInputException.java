package be.groupage.service.application.common;

import java.util.List;
import java.util.Objects;

/** The input breaks one or more rules; every error is listed (answered 400). Nothing was written. */
public class InvalidInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** One error: a field (JSON path) or a line and column (CSV), and a message. */
    public record InputError(String field, Integer line, String column, String message) {
        public static InputError field(String field, String message) {
            return new InputError(field, null, null, message);
        }

        public static InputError cell(int line, String column, String message) {
            return new InputError(null, line, column, message);
        }
    }

    private final transient List<InputError> errors;

    public InvalidInputException(String detail, List<InputError> errors) {
        super(detail);
        this.errors = List.copyOf(Objects.requireNonNull(errors, "errors"));
    }

    public static InvalidInputException of(String field, String message) {
        return new InvalidInputException(message, List.of(InputError.field(field, message)));
    }

    public List<InputError> errors() {
        return errors;
    }
}
