package be.groupage.core.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import be.groupage.core.money.Unit;
import be.groupage.core.money.VatRate;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The demo catalogue shipped in {@code seeds/catalogue.csv} imports cleanly. */
class SeedCatalogueTest {

    @Test
    void the_demo_catalogue_imports_without_error() throws IOException {
        Path seed = Path.of("..", "seeds", "catalogue.csv");
        CatalogueImport result;
        try (InputStream in = Files.newInputStream(seed)) {
            result = CatalogueCsvImporter.parse(in);
        }

        assertThat(result.errors()).isEmpty();
        assertThat(result.products()).hasSizeGreaterThanOrEqualTo(55);
        assertThat(result.products()).anySatisfy(p -> {
            assertThat(p.name()).isEqualTo("Pommes Jonagold");
            assertThat(p.origin()).isEqualTo("Gembloux");
            assertThat(p.distanceKm().getAsInt()).isEqualTo(12);
            assertThat(p.unit()).isEqualTo(Unit.KGM);
            assertThat(p.variableWeight()).isTrue();
        });
        assertThat(result.products()).filteredOn(p -> p.vatRate().equals(VatRate.ofPercent("21"))).isNotEmpty()
                .allSatisfy(p -> assertThat(p.category()).isIn("Hygiène", "Entretien"));
        assertThat(result.products()).filteredOn(p -> p.category().equals("Protections périodiques"))
                .isNotEmpty().allSatisfy(p -> assertThat(p.vatRate()).isEqualTo(VatRate.ofPercent("6")));
        assertThat(result.products()).anySatisfy(p -> assertThat(p.label()).isEqualTo(Label.ORGANIC));
        assertThat(result.products()).anySatisfy(p -> assertThat(p.label()).isEqualTo(Label.REASONED));
        assertThat(result.products()).anySatisfy(p -> assertThat(p.chilled()).isTrue());
    }
}
