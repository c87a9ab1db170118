package be.groupage.service.infrastructure.documents;

import be.groupage.core.money.Money;
import be.groupage.core.money.Quantity;
import be.groupage.core.money.VatRate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * Numbers and dates as a Belgian French reader expects them on paper: {@code 1 234,56 €},
 * {@code 10,350}, {@code 6 %}, {@code 26/11/2026}. Plain spaces group thousands (they survive text
 * extraction and copy-paste unchanged). Hand-written rather than {@code NumberFormat} because it is
 * called for every cell of thousands of documents and must never depend on the JVM's locale data.
 */
public final class FrenchFormat {

    private FrenchFormat() {
    }

    /** {@code 1 234,56 €}; negative {@code -12,30 €}. Rounded half-up to the cent. */
    public static String amount(Money money) {
        return decimal(money.amount().setScale(2, RoundingMode.HALF_UP)) + " €";
    }

    /** A unit price: at least two decimals, up to four when the price has them ({@code 1,8450 €}). */
    public static String unitPrice(Money money) {
        BigDecimal v = money.amount().stripTrailingZeros();
        int scale = Math.max(2, Math.min(4, v.scale()));
        return decimal(money.amount().setScale(scale, RoundingMode.HALF_UP)) + " €";
    }

    /** A quantity: whole units without decimals, measured ones with three ({@code 10,350}). */
    public static String quantity(Quantity quantity) {
        return quantity(quantity.amount(), quantity.unit().fractional());
    }

    public static String quantity(BigDecimal amount, boolean fractional) {
        if (!fractional) {
            return decimal(amount.setScale(0, RoundingMode.HALF_UP));
        }
        return decimal(amount.setScale(3, RoundingMode.HALF_UP));
    }

    /** A number with a decimal comma, no trailing zeros ({@code 2,5}, {@code 10}). */
    public static String plain(BigDecimal amount) {
        BigDecimal stripped = amount.stripTrailingZeros();
        return decimal(stripped.scale() < 0 ? stripped.setScale(0) : stripped);
    }

    /** {@code 6 %}, {@code 5,5 %}. */
    public static String rate(VatRate rate) {
        return plain(rate.percent()) + " %";
    }

    /** {@code 26/11/2026}. */
    public static String date(LocalDate date) {
        int d = date.getDayOfMonth();
        int m = date.getMonthValue();
        return (d < 10 ? "0" : "") + d + "/" + (m < 10 ? "0" : "") + m + "/" + date.getYear();
    }

    /** A decimal with a comma and thousands grouped by spaces, keeping the scale given. */
    static String decimal(BigDecimal value) {
        String plain = value.toPlainString();
        boolean negative = plain.startsWith("-");
        if (negative) {
            plain = plain.substring(1);
        }
        int dot = plain.indexOf('.');
        String whole = dot < 0 ? plain : plain.substring(0, dot);
        String fraction = dot < 0 ? "" : plain.substring(dot + 1);
        StringBuilder sb = new StringBuilder(plain.length() + 6);
        if (negative) {
            sb.append('-');
        }
        int first = whole.length() % 3 == 0 ? 3 : whole.length() % 3;
        sb.append(whole, 0, first);
        for (int i = first; i < whole.length(); i += 3) {
            sb.append(' ').append(whole, i, i + 3);
        }
        if (!fraction.isEmpty()) {
            sb.append(',').append(fraction);
        }
        return sb.toString();
    }
}
