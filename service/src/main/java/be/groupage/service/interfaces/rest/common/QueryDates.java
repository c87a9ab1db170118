package be.groupage.service.interfaces.rest.common;

import be.groupage.service.application.common.InvalidInputException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Dates given as query parameters, written {@code YYYY-MM-DD}; a wrong one is a 400 naming the parameter. */
public final class QueryDates {

    private QueryDates() {
    }

    /** The date, empty when the parameter is absent or blank. */
    public static Optional<LocalDate> optional(String parameter, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text.strip()));
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of(parameter, "is a date written YYYY-MM-DD, not '" + text + "'");
        }
    }

    /** The date, which the parameter must give. */
    public static LocalDate required(String parameter, String text) {
        return optional(parameter, text).orElseThrow(() -> InvalidInputException.of(parameter, "is required (YYYY-MM-DD)"));
    }
}
