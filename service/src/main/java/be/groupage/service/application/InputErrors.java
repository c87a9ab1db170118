package be.groupage.service.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Collects what is wrong with a request, field by field (JSON paths such as {@code lines[2].quantity}),
 * so that every error is reported at once and nothing is written while any remains.
 */
final class InputErrors {

    private final List<InvalidInputException.InputError> errors = new ArrayList<>();

    void add(String field, String message) {
        errors.add(InvalidInputException.InputError.field(field, message));
    }

    boolean isEmpty() {
        return errors.isEmpty();
    }

    Optional<String> text(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            add(field, "is required");
            return Optional.empty();
        }
        if (value.strip().length() > maxLength) {
            add(field, "is longer than " + maxLength + " characters");
            return Optional.empty();
        }
        return Optional.of(value.strip());
    }

    Optional<Instant> instant(String field, String value) {
        if (value == null || value.isBlank()) {
            add(field, "is required");
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(value.strip()).toInstant());
        } catch (DateTimeParseException e) {
            add(field, "is not an ISO-8601 date and time with an offset, e.g. 2026-12-01T18:00:00Z: " + value);
            return Optional.empty();
        }
    }

    Optional<LocalDate> date(String field, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                add(field, "is required");
            }
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value.strip()));
        } catch (DateTimeParseException e) {
            add(field, "is not an ISO-8601 date, e.g. 2026-12-01: " + value);
            return Optional.empty();
        }
    }

    <E extends Enum<E>> Optional<E> choice(String field, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            add(field, "is required; one of " + Arrays.toString(type.getEnumConstants()));
            return Optional.empty();
        }
        try {
            return Optional.of(Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            add(field, "must be one of " + Arrays.toString(type.getEnumConstants()) + ", not " + value);
            return Optional.empty();
        }
    }

    /** An amount in euro: present (when required), at most 2 decimals, and not negative unless allowed. */
    Optional<BigDecimal> amount(String field, BigDecimal value, boolean required, boolean positive) {
        if (value == null) {
            if (required) {
                add(field, "is required");
            }
            return Optional.empty();
        }
        if (value.stripTrailingZeros().scale() > 2) {
            add(field, "has more than 2 decimals: " + value.toPlainString());
            return Optional.empty();
        }
        if (positive ? value.signum() <= 0 : value.signum() < 0) {
            add(field, positive ? "must be positive" : "must not be negative");
            return Optional.empty();
        }
        return Optional.of(value);
    }

    Optional<BigDecimal> percent(String field, BigDecimal value) {
        if (value == null) {
            add(field, "is required");
            return Optional.empty();
        }
        if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0 || value.stripTrailingZeros().scale() > 2) {
            add(field, "must be between 0 and 100 with at most 2 decimals, not " + value.toPlainString());
            return Optional.empty();
        }
        return Optional.of(value);
    }

    void throwIfAny() {
        if (!errors.isEmpty()) {
            InvalidInputException.InputError first = errors.get(0);
            throw new InvalidInputException(errors.size() == 1
                    ? "The input is invalid: " + first.field() + " " + first.message() + "; nothing was saved."
                    : "The input has " + errors.size() + " errors; nothing was saved.", errors);
        }
    }
}
