package be.groupage.core.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import be.groupage.core.money.Money;
import be.groupage.core.money.Quantity;
import be.groupage.core.money.Unit;
import be.groupage.core.money.VatRate;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class CatalogueCsvImporterTest {

    private static final String HEADER = "code;name;producer;origin;distance_km;label;category;unit;case_size;price;vat_rate;variable_weight;chilled;gtin;min_cases\n";

    @Test
    void reads_a_belgian_spreadsheet_export_with_semicolons_decimal_commas_a_bom_and_accents() {
        String csv = "\uFEFF" + HEADER
                + "LEG-001;Carottes;Ferme du Try;Gembloux;12;bio;Légumes;kg;10;1,80;6;oui;non;;\n"
                + "HYG-001;Savon de Marseille 100 g;Savonnerie de Dinant;Dinant;28;;Hygiène;pièce;12;2,15;21,00;non;non;5412345000075;2\n";

        CatalogueImport result = CatalogueCsvImporter.parse(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));

        assertThat(result.errors()).isEmpty();
        assertThat(result.products()).containsExactly(
                Product.builder("LEG-001", "Carottes", Unit.KGM, new java.math.BigDecimal("10"), Money.euros("1.80"), VatRate.ofPercent("6"))
                        .producer("Ferme du Try").origin("Gembloux").distanceKm(12).label(Label.ORGANIC).category("Légumes")
                        .variableWeight(true).build(),
                Product.builder("HYG-001", "Savon de Marseille 100 g", Unit.H87, new java.math.BigDecimal("12"), Money.euros("2.15"), VatRate.ofPercent("21"))
                        .producer("Savonnerie de Dinant").origin("Dinant").distanceKm(28).category("Hygiène")
                        .gtin("5412345000075").minimumCases(2).build());
    }

    @Test
    void reads_commas_and_dots_with_headers_in_any_case_or_accent_and_in_any_order_ignoring_unknown_columns() {
        String csv = "PRICE,Câse_Size,Code,Name,Unit,VAT_Rate,Remarque,Label,Chilled\n"
                + "0.95,12,LEG-012,\"Laitue beurre, pièce\",piece,6,à commander le lundi,Raisonné,yes\n";

        CatalogueImport result = CatalogueCsvImporter.parse(new StringReader(csv));

        assertThat(result.errors()).isEmpty();
        Product lettuce = result.products().get(0);
        assertThat(lettuce.name()).isEqualTo("Laitue beurre, pièce");
        assertThat(lettuce.unit()).isEqualTo(Unit.H87);
        assertThat(lettuce.caseSize()).isEqualTo(Quantity.of(12, Unit.H87));
        assertThat(lettuce.price()).isEqualTo(Money.euros("0.95"));
        assertThat(lettuce.label()).isEqualTo(Label.REASONED);
        assertThat(lettuce.chilled()).isTrue();
        assertThat(lettuce.variableWeight()).isFalse();
        assertThat(lettuce.distanceKm()).isEqualTo(OptionalInt.empty());
        assertThat(lettuce.gtin()).isEqualTo(Optional.empty());
        assertThat(lettuce.minimumCases()).isEqualTo(1);
    }

    @Test
    void accepts_every_documented_spelling_of_units_labels_and_booleans() {
        String csv = "code;name;unit;case_size;price;vat_rate;label;variable_weight\n"
                + "A;a;KGM;5;1;6;organic;1\n"
                + "B;b;g;500;0,01;6;biologique;true\n"
                + "C;c;l;6;1;6;reasoned;yes\n"
                + "D;d;pc;6;1;6;raisonne;0\n"
                + "E;e;C62;6;1;6;;false\n"
                + "F;f;H87;6;1;6;;no\n"
                + "G;g;LTR;1,5;1;6;BIO;Non\n";

        CatalogueImport result = CatalogueCsvImporter.parse(csv);

        assertThat(result.errors()).isEmpty();
        assertThat(result.products()).extracting(Product::unit)
                .containsExactly(Unit.KGM, Unit.GRM, Unit.LTR, Unit.H87, Unit.C62, Unit.H87, Unit.LTR);
        assertThat(result.products()).extracting(Product::label)
                .containsExactly(Label.ORGANIC, Label.ORGANIC, Label.REASONED, Label.REASONED, Label.NONE, Label.NONE, Label.ORGANIC);
        assertThat(result.products()).extracting(Product::variableWeight).containsExactly(true, true, true, false, false, false, false);
    }

    @Test
    void collects_every_error_with_its_line_and_column_and_imports_nothing() {
        String csv = HEADER
                + "A1;Pommes;;;;;;kg;13;1,45;6;oui;non;;1\n"
                + "A2;Poires;;;;;;boîte;12;1,90;6;oui;non;;1\n"              // line 3: unknown unit
                + "A3;Prunes;;;;;;kg;5;-2,60;6;oui;non;;1\n"                // line 4: negative price
                + "A1;Pommes encore;;;;;;kg;13;1,45;6;oui;non;;1\n"        // line 5: duplicate code
                + "\n"
                + "A4;Confiture;;;;;;pièce;0;3,10;6;non;non;;1\n"          // line 7: case size 0
                + "A5;Miel;;;-3;extra;;pièce;12;7,50;33%x;peut-être;non;5412345000071;x\n"; // line 8: five errors

        CatalogueImport result = CatalogueCsvImporter.parse(csv);

        assertThat(result.isValid()).isFalse();
        assertThat(result.products()).isEmpty();
        assertThat(result.errors()).extracting(CsvError::line, CsvError::column)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(3, "unit"),
                        org.assertj.core.groups.Tuple.tuple(4, "price"),
                        org.assertj.core.groups.Tuple.tuple(5, "code"),
                        org.assertj.core.groups.Tuple.tuple(7, "case_size"),
                        org.assertj.core.groups.Tuple.tuple(8, "vat_rate"),
                        org.assertj.core.groups.Tuple.tuple(8, "distance_km"),
                        org.assertj.core.groups.Tuple.tuple(8, "min_cases"),
                        org.assertj.core.groups.Tuple.tuple(8, "label"),
                        org.assertj.core.groups.Tuple.tuple(8, "variable_weight"),
                        org.assertj.core.groups.Tuple.tuple(8, "gtin"));
        CsvError unknownUnit = result.errors().get(0);
        assertThat(unknownUnit.columnIndex()).isEqualTo(8);
        assertThat(unknownUnit.messageFr()).contains("Unité inconnue « boîte »");
        assertThat(unknownUnit.messageEn()).contains("Unknown unit \"boîte\"");
        assertThat(result.errors().get(2).messageEn()).isEqualTo("Duplicate code A1 (already used on line 2)");
        assertThat(result.errors().get(1).toString()).isEqualTo("line 4, column price (10): Negative price: -2.60 / Prix négatif : -2,60");
    }

    @Test
    void a_missing_required_column_is_an_error_on_line_1() {
        CatalogueImport result = CatalogueCsvImporter.parse("code;name;unit;price\nA;a;kg;1\n");

        assertThat(result.products()).isEmpty();
        assertThat(result.errors()).extracting(CsvError::line, CsvError::column, CsvError::messageEn).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, "case_size", "Required column missing: case_size"),
                org.assertj.core.groups.Tuple.tuple(1, "vat_rate", "Required column missing: vat_rate"));
    }

    @Test
    void missing_values_in_required_columns_are_errors() {
        CatalogueImport result = CatalogueCsvImporter.parse("code;name;unit;case_size;price;vat_rate\n;Carottes;kg;;1;6\n");

        assertThat(result.errors()).extracting(CsvError::column).containsExactly("code", "case_size");
    }

    @Test
    void a_counted_case_size_must_be_whole_and_a_price_has_at_most_four_decimals() {
        CatalogueImport result = CatalogueCsvImporter.parse("code;name;unit;case_size;price;vat_rate\nA;a;pièce;1,5;1,23456;6\nB;b;kg;1,2345;1;6\n");

        assertThat(result.errors()).extracting(CsvError::line, CsvError::column).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, "case_size"),
                org.assertj.core.groups.Tuple.tuple(2, "price"),
                org.assertj.core.groups.Tuple.tuple(3, "case_size"));
    }

    @Test
    void an_empty_file_a_header_alone_or_non_utf8_bytes_import_nothing() {
        assertThat(CatalogueCsvImporter.parse("").errors()).hasSize(1);
        assertThat(CatalogueCsvImporter.parse("code;name;unit;case_size;price;vat_rate\n").errors())
                .extracting(CsvError::messageEn).containsExactly("The file contains no product");
        byte[] latin1 = "code;name;unit;case_size;price;vat_rate\nA;Céleri;kg;5;1;6\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(CatalogueCsvImporter.parse(new ByteArrayInputStream(latin1)).errors())
                .extracting(CsvError::messageEn).singleElement().asString().contains("not UTF-8");
    }

    @Test
    void an_unclosed_quote_is_an_error_at_its_line_and_column_in_plain_words() {
        CatalogueImport result = CatalogueCsvImporter.parse("code;name;unit;case_size;price;vat_rate\n"
                + "A;Carottes;kg;5;1;6\n"
                + "B;\"Navets;kg;5;1;6\n"
                + "C;Poireaux;kg;5;1;6\n");

        assertThat(result.isValid()).isFalse();
        assertThat(result.products()).isEmpty();
        CsvError error = result.errors().get(0);
        assertThat(error.line()).isEqualTo(3);
        assertThat(error.column()).isEqualTo("name");
        assertThat(error.columnIndex()).isEqualTo(2);
        assertThat(error.messageEn()).startsWith("Unclosed quote").doesNotContain("Exception").doesNotContain("java.");
        assertThat(error.messageFr()).startsWith("Guillemet non fermé").doesNotContain("Exception");
    }

    @Test
    void text_after_a_closing_quote_is_an_error_at_its_line_and_column() {
        CatalogueImport result = CatalogueCsvImporter.parse("code,name,unit,case_size,price,vat_rate\n"
                + "A,\"Carottes, \"\"bio\"\"\",kg,5,1,6\n"
                + "B,Navets,kg,5,1,\"6\" %\n");

        assertThat(result.errors()).extracting(CsvError::line, CsvError::column).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, "vat_rate"));
        assertThat(result.errors().get(0).messageEn()).startsWith("A closing quote is followed by more text");
    }

    @Test
    void codes_differing_only_by_case_or_accents_are_duplicates_as_the_database_sees_them() {
        CatalogueImport result = CatalogueCsvImporter.parse("code;name;unit;case_size;price;vat_rate\n"
                + "ABC-1;Carottes;kg;10;1,80;6\n"
                + "abc-1;Carottes encore;kg;10;1,80;6\n"
                + "CAFÉ;Café moulu;pièce;12;4,20;6\n"
                + "CAFE;Café en grains;pièce;12;4,90;6\n"
                + "ABC1;Autre chose;kg;10;1,80;6\n"
                + "ABC_1;Encore autre chose;kg;10;1,80;6\n");

        assertThat(result.errors()).extracting(CsvError::line, CsvError::column).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, "code"),
                org.assertj.core.groups.Tuple.tuple(5, "code"));
        assertThat(result.errors().get(0).messageEn()).isEqualTo("Duplicate code abc-1: it differs from ABC-1 (line 2) only by case or accents");
        assertThat(result.errors().get(1).messageFr()).isEqualTo(
                "Code CAFE en double : il ne diffère de CAFÉ (ligne 4) que par les majuscules ou les accents");
    }

    @Test
    void reads_the_optional_piece_weight_under_its_english_or_french_name_and_reports_bad_ones_with_line_and_column() {
        String csv = "code;name;unit;case_size;price;vat_rate;Poids pièce kg\n"
                + "CON-001;Confiture 370 g;pièce;6;3,10;6;0,370\n"
                + "LEG-001;Carottes;kg;10;1,80;6;\n";
        CatalogueImport ok = CatalogueCsvImporter.parse(csv);
        assertThat(ok.errors()).isEmpty();
        assertThat(ok.products().get(0).kgPerPiece()).contains(new java.math.BigDecimal("0.37"));
        assertThat(ok.products().get(1).kgPerPiece()).isEmpty();
        assertThat(CatalogueCsvImporter.parse(CatalogueCsvWriter.write(ok.products())).products()).isEqualTo(ok.products());

        String bad = "code;name;unit;case_size;price;vat_rate;piece_weight_kg\n"
                + "A;a;kg;10;1;6;0,5\n"
                + "B;b;pièce;6;1;6;0\n"
                + "C;c;pièce;6;1;6;0,0005\n"
                + "D;d;pièce;6;1;6;lourd\n"
                + "E;e;pièce;6;1;6;370\n"
                + "F;f;pièce;6;1;6;1500\n";
        CatalogueImport result = CatalogueCsvImporter.parse(bad);
        assertThat(result.products()).isEmpty();
        assertThat(result.errors()).extracting(e -> e.line() + " " + e.column() + " " + e.columnIndex())
                .containsExactly("2 piece_weight_kg 7", "3 piece_weight_kg 7", "4 piece_weight_kg 7", "5 piece_weight_kg 7",
                        "7 piece_weight_kg 7");
        assertThat(result.errors().get(0).messageEn()).contains("only products sold by the piece or unit");
    }

    @Test
    void a_control_character_in_any_cell_is_an_error_on_its_line_and_column_and_nothing_is_imported() {
        String csv = HEADER
                + "LEG-001;Carottes;Ferme du Try;Gembloux;12;bio;Légumes;kg;10;1,80;6;oui;non;;\n"
                + "LEG-002;\"Poireaux\nen botte\";Ferme du Try;Gembloux;12;bio;Légumes;kg;10;1,80;6;oui;non;;\n"
                + "LEG-003;Navets;Ferme\u0000du Try;Gembloux;12;bio;Légumes\u001B[31m;kg;10;1,80;6;oui;non;;\n"
                + "LEG-004;Céleri;Ferme du Try;Gem\tbloux;12;bio;Légumes;k\u007Fg;10;1,80;6;oui;non;;\n";

        CatalogueImport result = CatalogueCsvImporter.parse(csv);

        assertThat(result.isValid()).isFalse();
        assertThat(result.products()).isEmpty();
        assertThat(result.errors()).extracting(e -> e.line() + " " + e.column() + " " + e.columnIndex()).containsExactly(
                "3 name 2", "5 producer 3", "5 category 7", "6 origin 4", "6 unit 8");
        assertThat(result.errors().get(0).messageEn()).contains("U+000A (line feed) at position 9");
        assertThat(result.errors().get(1).messageFr()).contains("U+0000 (null) en position 6");
        assertThat(result.errors().get(4).messageEn()).doesNotContain("Required value missing").contains("U+007F (delete)");
    }

    @Test
    void white_space_around_a_cell_is_trimmed_as_before_and_is_no_error() {
        String csv = HEADER + "LEG-001;\" Carottes\t\";Ferme du Try;Gembloux;12;bio;Légumes;kg;10;1,80;6;oui;non;;\n";

        CatalogueImport result = CatalogueCsvImporter.parse(csv);

        assertThat(result.errors()).isEmpty();
        assertThat(result.products().get(0).name()).isEqualTo("Carottes");
    }
}
