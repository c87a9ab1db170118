package be.groupage.core.catalogue;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A code (product, member, supplier, login) as the database compares it: two codes with equal keys are
 * the same code to MariaDB's {@code utf8mb4_unicode_ci} collation, so a unique key would refuse the
 * second. Case and accents are ignored ({@code ABC-1} is {@code abc-1}, {@code CAFÉ} is {@code CAFE}),
 * compatibility forms are their plain letters ({@code ﬁ} is {@code fi}, a full-width {@code Ａ} is
 * {@code A}), {@code ß} is {@code ss} and {@code œ} is {@code oe}, zero-width characters and trailing
 * spaces do not count; but punctuation does ({@code A-1} is not {@code A1}, nor {@code A_1}), and so do
 * letters the collation keeps apart ({@code Ø}, {@code Ł}, {@code Æ}, {@code Đ}, a dotless {@code ı}).
 *
 * <p>Not {@link java.text.Collator}: at primary strength it ignores hyphens and spaces, which the
 * collation does not. {@code ContainerErrorsIT} checks this key against the real MariaDB.
 */
public final class CodeKey {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern IGNORABLE = Pattern.compile("[\\u200B\\u200C\\u200D\\u2060\\uFEFF]+");
    private static final Pattern TRAILING_SPACES = Pattern.compile(" +$");

    private final String key;

    private CodeKey(String key) {
        this.key = key;
    }

    public static CodeKey of(String code) {
        Objects.requireNonNull(code, "code");
        String plain = MARKS.matcher(Normalizer.normalize(code, Normalizer.Form.NFKD)).replaceAll("");
        plain = IGNORABLE.matcher(plain).replaceAll("");
        // Expanded before lower-casing: a capital ẞ lower-cases to ß, which the collation keeps apart from ss.
        plain = plain.replace("ß", "ss").replace("œ", "oe").replace("Œ", "OE");
        plain = plain.toLowerCase(Locale.ROOT);
        return new CodeKey(TRAILING_SPACES.matcher(plain).replaceAll(""));
    }

    /** Whether the database calls the two codes equal. */
    public static boolean same(String one, String other) {
        return of(one).equals(of(other));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CodeKey that && key.equals(that.key);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }

    @Override
    public String toString() {
        return key;
    }
}
