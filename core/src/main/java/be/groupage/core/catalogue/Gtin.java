package be.groupage.core.catalogue;

import java.util.Objects;

/**
 * A Global Trade Item Number (GTIN-8, -12, -13 or -14): digits only, the last one a valid GS1 check
 * digit (weights 3 and 1 alternating from the right, excluding the check digit).
 */
public record Gtin(String value) {

    public Gtin {
        Objects.requireNonNull(value, "value");
        if (!isValid(value)) {
            throw new IllegalArgumentException("Not a valid GTIN (8, 12, 13 or 14 digits with a check digit): " + value);
        }
    }

    public static Gtin of(String value) {
        return new Gtin(value);
    }

    /** Whether {@code value} has 8, 12, 13 or 14 digits and a valid check digit. */
    public static boolean isValid(String value) {
        if (value == null) {
            return false;
        }
        int n = value.length();
        if (n != 8 && n != 12 && n != 13 && n != 14) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                return false;
            }
        }
        return checkDigit(value.substring(0, n - 1)) == value.charAt(n - 1) - '0';
    }

    /** The GS1 check digit of the digits before it. */
    public static int checkDigit(String digitsWithoutCheck) {
        int sum = 0;
        int weight = 3;
        for (int i = digitsWithoutCheck.length() - 1; i >= 0; i--) {
            int d = digitsWithoutCheck.charAt(i) - '0';
            if (d < 0 || d > 9) {
                throw new IllegalArgumentException("Not a digit in " + digitsWithoutCheck);
            }
            sum += d * weight;
            weight = 4 - weight;
        }
        return (10 - sum % 10) % 10;
    }

    @Override
    public String toString() {
        return value;
    }
}
