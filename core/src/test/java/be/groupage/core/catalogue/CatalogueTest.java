package be.groupage.core.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.groupage.core.money.Money;
import be.groupage.core.money.Unit;
import be.groupage.core.money.VatRate;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogueTest {

    private static final Supplier COOP = Supplier.of("COOP", "Coopérative du Namurois", Money.euros("250"));
    private static final Product CARROTS = Product.builder("LEG-001", "Carottes", Unit.KGM, new BigDecimal("10"), Money.euros("1.80"), VatRate.ofPercent("6")).build();

    @Test
    void a_new_price_makes_a_new_version_and_leaves_the_old_one_unchanged() {
        Catalogue catalogue = Catalogue.of(COOP);
        CatalogueVersion v1 = catalogue.publish(List.of(CARROTS), Clock.fixed(Instant.parse("2026-01-05T08:00:00Z"), ZoneOffset.UTC));
        CatalogueVersion v2 = catalogue.publish(List.of(CARROTS.toBuilder().build().toBuilder().build()),
                Clock.fixed(Instant.parse("2026-02-05T08:00:00Z"), ZoneOffset.UTC));
        Product dearer = Product.builder("LEG-001", "Carottes", Unit.KGM, new BigDecimal("10"), Money.euros("1.95"), VatRate.ofPercent("6")).build();
        CatalogueVersion v3 = catalogue.publish(List.of(dearer), Clock.fixed(Instant.parse("2026-03-05T08:00:00Z"), ZoneOffset.UTC));

        assertThat(v1.number()).isEqualTo(1);
        assertThat(v3.number()).isEqualTo(3);
        assertThat(catalogue.current()).contains(v3);
        assertThat(catalogue.version(1).orElseThrow().product("LEG-001").orElseThrow().price()).isEqualTo(Money.euros("1.8"));
        assertThat(v3.product("LEG-001").orElseThrow().price()).isEqualTo(Money.euros("1.95"));
        assertThat(v2.publishedAt()).isEqualTo(Instant.parse("2026-02-05T08:00:00Z"));
        assertThat(Catalogue.restore(COOP, catalogue.versions()).versions()).isEqualTo(catalogue.versions());
    }

    @Test
    void a_version_refuses_a_product_code_twice() {
        assertThatThrownBy(() -> CatalogueVersion.of(COOP, 1, Instant.EPOCH, List.of(CARROTS, CARROTS)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("LEG-001");
    }

    @Test
    void a_product_checks_its_invariants() {
        assertThatThrownBy(() -> Product.builder("X", "x", Unit.H87, new BigDecimal("0"), Money.euros("1"), VatRate.ofPercent("6")).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Product.builder("X", "x", Unit.H87, new BigDecimal("6"), Money.euros("-1"), VatRate.ofPercent("6")).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Product.builder(" ", "x", Unit.H87, new BigDecimal("6"), Money.euros("1"), VatRate.ofPercent("6")).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(CARROTS.netPriceOf(new BigDecimal("10.35"))).isEqualTo(Money.euros("18.63"));
        assertThatThrownBy(() -> CARROTS.toBuilder().kgPerPiece(new BigDecimal("1")).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("only for products sold by the piece or unit");
        Product soap = Product.builder("HYG-001", "Savon", Unit.H87, new BigDecimal("12"), Money.euros("2.15"), VatRate.ofPercent("21")).build();
        assertThatThrownBy(() -> soap.toBuilder().kgPerPiece(BigDecimal.ZERO).build()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> soap.toBuilder().kgPerPiece(new BigDecimal("0.1005")).build()).isInstanceOf(IllegalArgumentException.class);
        assertThat(soap.toBuilder().kgPerPiece(new BigDecimal("0.100")).build())
                .isEqualTo(soap.toBuilder().kgPerPiece(new BigDecimal("0.1")).build());
    }

    @Test
    void gtin_check_digits() {
        assertThat(Gtin.isValid("5412345000075")).isTrue();
        assertThat(Gtin.isValid("5412345000076")).isFalse();
        assertThat(Gtin.isValid("96385074")).isTrue();
        assertThat(Gtin.isValid("036000291452")).isTrue();
        assertThat(Gtin.isValid("12345")).isFalse();
        assertThat(Gtin.isValid("54123450000a6")).isFalse();
    }
}
