package be.groupage.core.banking;

import be.groupage.core.money.Money;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reader on generated CODA files (written here record by record from the Febelfin positions): what is
 * written reads back, and a changed digit in any movement's amount is caught.
 */
class CodaReaderProperties {

    private static String record(Object... columnsAndTexts) {
        char[] r = " ".repeat(128).toCharArray();
        for (int i = 0; i < columnsAndTexts.length; i += 2) {
            String text = (String) columnsAndTexts[i + 1];
            text.getChars(0, text.length(), r, (Integer) columnsAndTexts[i] - 1);
        }
        return new String(r);
    }

    private static String amount(long cents) {
        return String.format("%015d", Math.abs(cents) * 10);
    }

    /** A statement of movements of these signed cents, opening at {@code opening} cents. */
    static List<String> coda(long opening, List<Long> movements) {
        List<String> lines = new ArrayList<>();
        lines.add(record(1, "0", 2, "0000", 6, "020326", 15, "05", 128, "2"));
        lines.add(record(1, "1", 2, "2", 3, "012", 6, "BE68539007547034", 40, "EUR", 43, opening < 0 ? "1" : "0",
                44, amount(opening), 59, "010326", 126, "012"));
        long balance = opening;
        long debits = 0;
        long credits = 0;
        for (int i = 0; i < movements.size(); i++) {
            long m = movements.get(i);
            balance += m;
            if (m < 0) {
                debits -= m;
            } else {
                credits += m;
            }
            String seq = String.format("%04d", i + 1);
            lines.add(record(1, "21", 3, seq, 7, "0000", 11, "REF" + seq, 32, m < 0 ? "1" : "0", 33, amount(m), 48, "020326",
                    54, "00150000", 62, "0", 63, "mouvement " + seq, 116, "020326", 122, "012", 126, "1"));
            lines.add(record(1, "23", 3, seq, 7, "0000", 11, "BE21001234567803", 48, "CPAS DE NAMUR", 126, "0"));
        }
        lines.add(record(1, "8", 2, "012", 5, "BE68539007547034", 39, "EUR", 42, balance < 0 ? "1" : "0", 43, amount(balance), 58, "020326"));
        lines.add(record(1, "9", 17, String.format("%06d", lines.size() - 1), 23, amount(debits), 38, amount(credits), 128, "2"));
        return lines;
    }

    @Property(tries = 200)
    void whatIsWrittenReadsBack(@ForAll @IntRange(min = -1_000_000, max = 1_000_000) int opening,
                                @ForAll @Size(max = 20) List<@IntRange(min = -500_000, max = 500_000) Integer> cents) {
        List<Long> movements = cents.stream().filter(c -> c != 0).map(Integer::longValue).toList();

        StatementFile result = CodaReader.read(String.join("\r\n", coda(opening, movements)));

        assertThat(result.errors()).isEmpty();
        BankStatement s = result.statements().get(0);
        assertThat(s.openingBalance()).isEqualTo(Money.ofCents(opening));
        assertThat(s.entries()).extracting(e -> e.signedAmount().cents()).containsExactlyElementsOf(movements);
        assertThat(s.entries()).extracting(StatementEntry::key).doesNotHaveDuplicates();
        assertThat(s.closingBalance()).isEqualTo(Money.ofCents(opening + movements.stream().mapToLong(Long::longValue).sum()));
    }

    @Property(tries = 200)
    void aChangedDigitInAnAmountIsCaught(@ForAll @Size(min = 1, max = 10) List<@IntRange(min = 1, max = 500_000) Integer> cents,
                                         @ForAll @IntRange(min = 0, max = 9) int which,
                                         @ForAll @IntRange(min = 0, max = 13) int digit,
                                         @ForAll @IntRange(min = 1, max = 9) int shift) {
        List<Long> movements = cents.stream().map(Integer::longValue).toList();
        List<String> lines = coda(0, movements);
        int line = 2 + 2 * (which % movements.size());
        String r = lines.get(line);
        int column = 33 + digit;
        char changed = (char) ('0' + (r.charAt(column - 1) - '0' + shift) % 10);
        lines.set(line, r.substring(0, column - 1) + changed + r.substring(column));

        StatementFile result = CodaReader.read(String.join("\n", lines));

        assertThat(result.statements()).isEmpty();
        assertThat(result.errors()).extracting(StatementFileError::field).contains("credit total", "new balance");
    }
}
