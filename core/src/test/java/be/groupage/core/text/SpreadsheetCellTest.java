package be.groupage.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpreadsheetCellTest {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://x\")", "+1+1", "-1+1", "@SUM(A1)", "\tx", "\rx", "=", "-", "- 12", "-12,5,0", "-1e3"})
    void a_cell_a_spreadsheet_would_read_as_a_formula_is_written_behind_a_single_quote(String formula) {
        assertThat(SpreadsheetCell.neutralised(formula)).isEqualTo("'" + formula);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-12,50", "-12.50", "-3", "0", "168,43", "2026-12-01", "CPAS de Namur", "Namur=Nord", "", "'=déjà"})
    void a_plain_number_or_a_text_that_does_not_start_like_a_formula_is_written_as_it_is(String value) {
        assertThat(SpreadsheetCell.neutralised(value)).isEqualTo(value);
    }

    @Test
    void quotes_a_cell_holding_the_separator_a_quote_or_a_line_break_after_neutralising_it() {
        assertThat(SpreadsheetCell.of("=HYPERLINK(\"x\")", ';')).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(SpreadsheetCell.of("Dupont; fils", ';')).isEqualTo("\"Dupont; fils\"");
        assertThat(SpreadsheetCell.of("a\nb", ';')).isEqualTo("\"a\nb\"");
        assertThat(SpreadsheetCell.of("-12,50", ';')).isEqualTo("-12,50");
        assertThat(SpreadsheetCell.of("1,80", ',')).isEqualTo("\"1,80\"");
        assertThat(SpreadsheetCell.of("@x", ';')).isEqualTo("'@x");
    }

    @Property
    void a_written_cell_reads_back_as_one_field_that_never_starts_like_a_formula_unless_a_plain_number(@ForAll String value)
            throws IOException {
        String line = "a;" + SpreadsheetCell.of(value, ';') + ";b";
        List<CSVRecord> records = CSVFormat.DEFAULT.builder().setDelimiter(';').get().parse(new StringReader(line)).getRecords();
        assertThat(records).hasSize(1);
        assertThat(records.get(0).size()).isEqualTo(3);
        String read = records.get(0).get(1);
        assertThat(read).endsWith(value);
        boolean number = value.matches("-?[0-9]+([.,][0-9]+)?");
        if (!number && !read.isEmpty()) {
            assertThat("=+-@\t\r").doesNotContain(read.substring(0, 1));
        }
    }
}
