package be.groupage.service.application.common;

import be.groupage.core.cycle.KboNumber;
import be.groupage.core.payment.Bic;
import be.groupage.core.payment.Iban;
import be.groupage.core.text.PlainText;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Collects every problem with an input, field by field (JSON paths such as {@code lines[2].quantity}),
 * before anything is written, then throws them all at once as one {@link InvalidInputException}
 * (answered 400 with each field named).
 *
 * <p>Every text a use case checks here obeys the one rule of {@link PlainText}, whatever else is checked: no
 * control character (NUL, ESC, DEL, TAB, CR, LF, C1…) and no lone surrogate, anywhere in it, passwords
 * included; each method taking a text applies it first, and a text breaking it is refused once per field
 * ({@code name must not hold a control character: U+000A (line feed) at position 6}). The one text typed on
 * several lines, a credit note's reason, goes through {@link #paragraph}, which folds its line breaks and
 * tabs into spaces before the same rule.
 */
public final class InputChecks {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,39}");
    private static final Pattern LOGIN = Pattern.compile("[a-z0-9][a-z0-9._-]{2,79}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final Pattern BE_VAT = Pattern.compile("BE[01]\\d{9}");

    private final List<InvalidInputException.InputError> errors = new ArrayList<>();
    /** The fields already refused for a control character: each is named once. */
    private final Set<String> notPlain = new HashSet<>();

    public static InputChecks start() {
        return new InputChecks();
    }

    public InputChecks error(String field, String message) {
        errors.add(InvalidInputException.InputError.field(field, message));
        return this;
    }

    /** Present, not blank and {@link PlainText plain}; returns whether it is. */
    public boolean required(String field, String value) {
        if (value == null || value.isBlank()) {
            error(field, "is required");
            return false;
        }
        return plain(field, value);
    }

    /**
     * Whether the text (absent passes) holds no control character and no lone surrogate, the one rule of
     * {@link PlainText}; when it does, the field is refused (once, however many checks see it).
     */
    public boolean plain(String field, String value) {
        Optional<PlainText.Offence> offence = PlainText.offence(value);
        if (offence.isEmpty()) {
            return true;
        }
        if (notPlain.add(field)) {
            error(field, "must not hold a control character: " + offence.get().describe()
                    + " (a text is one line of printable characters: no line break, tab, NUL or escape)");
        }
        return false;
    }

    public boolean required(String field, Object value) {
        if (value == null) {
            error(field, "is required");
            return false;
        }
        return true;
    }

    public InputChecks maxLength(String field, String value, int max) {
        if (plain(field, value) && value != null && value.length() > max) {
            error(field, "is longer than " + max + " characters");
        }
        return this;
    }

    public InputChecks code(String field, String value) {
        if (required(field, value) && !CODE.matcher(value).matches()) {
            error(field, "must be 2 to 40 capital letters, digits or hyphens, e.g. CPAS-NAMUR");
        }
        return this;
    }

    public InputChecks login(String field, String value) {
        if (required(field, value) && !LOGIN.matcher(value).matches()) {
            error(field, "must be 3 to 80 lower-case letters, digits, dots, hyphens or underscores");
        }
        return this;
    }

    public InputChecks kbo(String field, String value) {
        if (required(field, value) && !KboNumber.isValid(value)) {
            error(field, "is not a valid enterprise (KBO/BCE) number: 10 digits whose last two are 97 − (first eight mod 97)");
        }
        return this;
    }

    public InputChecks optionalVatNumber(String field, String value) {
        if (value != null && !value.isBlank() && plain(field, value) && !BE_VAT.matcher(normalizeVat(value)).matches()) {
            error(field, "must be a Belgian VAT number: BE followed by the 10-digit enterprise number");
        }
        return this;
    }

    public InputChecks iban(String field, String value) {
        if (required(field, value) && !Iban.isValid(value)) {
            error(field, "is not a valid IBAN");
        }
        return this;
    }

    public InputChecks optionalBic(String field, String value) {
        if (value != null && !value.isBlank() && plain(field, value) && !Bic.isValid(value)) {
            error(field, "is not a valid BIC (8 or 11 characters)");
        }
        return this;
    }

    public InputChecks optionalEmail(String field, String value) {
        if (value != null && !value.isBlank() && plain(field, value) && !EMAIL.matcher(value).matches()) {
            error(field, "is not an e-mail address");
        }
        return this;
    }

    public InputChecks country(String field, String value) {
        if (required(field, value) && !COUNTRY.matcher(value).matches()) {
            error(field, "must be a two-letter ISO country code, e.g. BE");
        }
        return this;
    }

    public InputChecks notNegative(String field, BigDecimal value) {
        if (value != null && value.signum() < 0) {
            error(field, "must not be negative");
        }
        return this;
    }

    public InputChecks atMostDecimals(String field, BigDecimal value, int decimals) {
        if (value != null && value.stripTrailingZeros().scale() > decimals) {
            error(field, "has more than " + decimals + " decimals");
        }
        return this;
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    /** A required one-line text, {@link PlainText plain}, at most {@code maxLength} characters once stripped. */
    public Optional<String> text(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            error(field, "is required");
            return Optional.empty();
        }
        return optionalText(field, value, maxLength);
    }

    /** An optional one-line text: absent or blank is empty; else as {@link #text}. */
    public Optional<String> optionalText(String field, String value, int maxLength) {
        if (value == null || value.isBlank() || !plain(field, value)) {
            return Optional.empty();
        }
        if (value.strip().length() > maxLength) {
            error(field, "is longer than " + maxLength + " characters");
            return Optional.empty();
        }
        return Optional.of(value.strip());
    }

    /**
     * A required text typed on several lines (a textarea): its line breaks and tabs folded into spaces
     * ({@link PlainText#foldLines}), then as {@link #text}: plain, at most {@code maxLength} characters.
     */
    public Optional<String> paragraph(String field, String value, int maxLength) {
        return text(field, value == null ? null : PlainText.foldLines(value), maxLength);
    }

    public Optional<Instant> instant(String field, String value) {
        if (value == null || value.isBlank()) {
            error(field, "is required");
            return Optional.empty();
        }
        if (!plain(field, value)) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(value.strip()).toInstant());
        } catch (DateTimeParseException e) {
            error(field, "is not an ISO-8601 date and time with an offset, e.g. 2026-12-01T18:00:00Z: " + value);
            return Optional.empty();
        }
    }

    public Optional<LocalDate> date(String field, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                error(field, "is required");
            }
            return Optional.empty();
        }
        if (!plain(field, value)) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value.strip()));
        } catch (DateTimeParseException e) {
            error(field, "is not an ISO-8601 date, e.g. 2026-12-01: " + value);
            return Optional.empty();
        }
    }

    public <E extends Enum<E>> Optional<E> choice(String field, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            error(field, "is required; one of " + Arrays.toString(type.getEnumConstants()));
            return Optional.empty();
        }
        if (!plain(field, value)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            error(field, "must be one of " + Arrays.toString(type.getEnumConstants()) + ", not " + value);
            return Optional.empty();
        }
    }

    /** An amount in euro: present (when required), at most 2 decimals, and not negative unless allowed. */
    public Optional<BigDecimal> amount(String field, BigDecimal value, boolean required, boolean positive) {
        if (value == null) {
            if (required) {
                error(field, "is required");
            }
            return Optional.empty();
        }
        if (value.stripTrailingZeros().scale() > 2) {
            error(field, "has more than 2 decimals: " + value.toPlainString());
            return Optional.empty();
        }
        if (positive ? value.signum() <= 0 : value.signum() < 0) {
            error(field, positive ? "must be positive" : "must not be negative");
            return Optional.empty();
        }
        return Optional.of(value);
    }

    public Optional<BigDecimal> percent(String field, BigDecimal value) {
        if (value == null) {
            error(field, "is required");
            return Optional.empty();
        }
        if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0 || value.stripTrailingZeros().scale() > 2) {
            error(field, "must be between 0 and 100 with at most 2 decimals, not " + value.toPlainString());
            return Optional.empty();
        }
        return Optional.of(value);
    }


    /** Throws every collected error at once, if any. */
    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors.size() == 1
                    ? "The input is invalid: " + errors.get(0).field() + " " + errors.get(0).message() + "; nothing was saved."
                    : "The input has " + errors.size() + " errors; nothing was saved.", errors);
        }
    }

    /** A VAT number as stored: upper case, no spaces, dots or hyphens ({@code BE0207654333}). */
    public static String normalizeVat(String value) {
        return value == null ? null : value.replaceAll("[\\s.-]", "").toUpperCase(java.util.Locale.ROOT);
    }
}
