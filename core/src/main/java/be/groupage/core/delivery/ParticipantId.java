package be.groupage.core.delivery;

import be.groupage.core.cycle.InvalidKboNumberException;
import be.groupage.core.cycle.KboNumber;

import java.util.Objects;

/**
 * A Peppol participant identifier in the ISO 6523 scheme {@code iso6523-actorid-upis}: an issuing agency code and the
 * identifier it issued, written {@code 0208:0203201340}. A Belgian organisation is {@code 0208:} + its 10-digit KBO
 * number (checked with its mod-97 rule, no dots); {@code 9925:BE…} (the VAT number) is accepted as the fallback.
 */
public record ParticipantId(String scheme, String value) {

    /** The ISO 6523 code of the Belgian enterprise number (KBO/BCE). */
    public static final String KBO_SCHEME = "0208";
    /** The ISO 6523 code of the Belgian VAT number. */
    public static final String VAT_SCHEME = "9925";
    /** The identifier scheme every Peppol participant identifier uses. */
    public static final String IDENTIFIER_SCHEME = "iso6523-actorid-upis";

    public ParticipantId {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(value, "value");
        switch (scheme) {
            case KBO_SCHEME -> {
                if (!value.matches("\\d{10}")) {
                    throw new InvalidParticipantIdException("A 0208 participant identifier is a KBO number of 10 digits without dots: " + value);
                }
                try {
                    new KboNumber(value);
                } catch (InvalidKboNumberException e) {
                    throw new InvalidParticipantIdException(e.getMessage());
                }
            }
            case VAT_SCHEME -> {
                if (!value.matches("BE[01]\\d{9}")) {
                    throw new InvalidParticipantIdException("A 9925 participant identifier is a Belgian VAT number BE + 10 digits: " + value);
                }
                try {
                    new KboNumber(value.substring(2));
                } catch (InvalidKboNumberException e) {
                    throw new InvalidParticipantIdException(e.getMessage());
                }
            }
            default -> throw new InvalidParticipantIdException("Only the schemes 0208 (KBO) and 9925 (Belgian VAT) are addressed: " + scheme);
        }
    }

    /** The identifier of a Belgian organisation: {@code 0208:} + its KBO number. */
    public static ParticipantId ofKbo(KboNumber kbo) {
        Objects.requireNonNull(kbo, "kbo");
        return new ParticipantId(KBO_SCHEME, kbo.digits());
    }

    /** Parses {@code 0208:0203201340} (also with the {@code iso6523-actorid-upis::} prefix, any case, around spaces). */
    public static ParticipantId parse(String text) {
        Objects.requireNonNull(text, "text");
        String compact = text.strip();
        String prefix = IDENTIFIER_SCHEME + "::";
        if (compact.regionMatches(true, 0, prefix, 0, prefix.length())) {
            compact = compact.substring(prefix.length());
        }
        int colon = compact.indexOf(':');
        if (colon <= 0 || colon == compact.length() - 1) {
            throw new InvalidParticipantIdException("A participant identifier is written scheme:identifier, e.g. 0208:0203201340: " + text);
        }
        return new ParticipantId(compact.substring(0, colon), compact.substring(colon + 1).toUpperCase(java.util.Locale.ROOT));
    }

    /** {@code 0208:0203201340}. */
    public String text() {
        return scheme + ":" + value;
    }

    @Override
    public String toString() {
        return text();
    }
}
