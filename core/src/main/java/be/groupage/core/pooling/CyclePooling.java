package be.groupage.core.pooling;

import be.groupage.core.catalogue.CatalogueVersion;
import be.groupage.core.catalogue.Product;
import be.groupage.core.cycle.Cycle;
import be.groupage.core.cycle.MemberOrder;
import be.groupage.core.cycle.OrderLine;
import be.groupage.core.money.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Feeds a cycle's member orders, on its catalogue version, to a {@link Pooling}. */
public final class CyclePooling {

    private CyclePooling() {
    }

    /** Pools every line of every member order of the cycle (usually once it is CLOSED). */
    public static PoolingResult pool(Cycle cycle, Pooling pooling) {
        Objects.requireNonNull(cycle, "cycle");
        Objects.requireNonNull(pooling, "pooling");
        List<MemberLine> lines = new ArrayList<>();
        Set<String> ordered = new HashSet<>();
        for (MemberOrder order : cycle.orders()) {
            for (OrderLine line : order.lines()) {
                ordered.add(line.productCode());
                lines.add(MemberLine.of(line.productCode(), order.memberCode(), line.orderedAt(), line.quantity().amount(),
                        line.maximum().map(m -> m.amount()).orElse(null)));
            }
        }
        List<PoolProduct> products = new ArrayList<>();
        for (String code : ordered) {
            products.add(poolProduct(cycle.catalogue().product(code).orElseThrow()));
        }
        return pooling.pool(products, lines);
    }

    /**
     * An empty batch of member lines over every product of the catalogue version, for whoever reads a cycle's
     * order lines as rows (a service, from its database) and would otherwise make an order and a {@link MemberLine}
     * per line only to pool them: each row goes in with {@link MemberLines.Builder#add(String, String, java.time.Instant,
     * BigDecimal, BigDecimal)}, and {@link Pooling#pool(MemberLines)} then gives what {@link #pool(Cycle, Pooling)} gives
     * for the same orders (products nobody ordered get no pool).
     */
    public static MemberLines.Builder lines(CatalogueVersion catalogue, int expectedLines) {
        Objects.requireNonNull(catalogue, "catalogue");
        List<PoolProduct> products = new ArrayList<>(catalogue.products().size());
        for (Product product : catalogue.products()) {
            products.add(poolProduct(product));
        }
        return MemberLines.builder(products, expectedLines);
    }

    /**
     * The value of the consolidated order to the supplier: for every pool, its whole cases at the
     * cycle's catalogue price, excl. VAT, each product rounded to the cent. Pass it to
     * {@link Cycle#send(be.groupage.core.money.Money, java.time.Clock)} to check the supplier's minimum.
     */
    public static Money supplierOrderValue(Cycle cycle, PoolingResult result) {
        Objects.requireNonNull(cycle, "cycle");
        Objects.requireNonNull(result, "result");
        Map<String, BigDecimal> caseQuantities = new LinkedHashMap<>();
        for (ProductPool pool : result.pools()) {
            caseQuantities.put(pool.productCode(), pool.caseQuantity());
        }
        return supplierOrderValue(cycle.catalogue(), caseQuantities);
    }

    /**
     * The same value for pools as stored once a cycle is closed: the whole-case quantity of each product
     * (cases × case size), by product code, at the catalogue version's price, excl. VAT, each product
     * rounded to the cent.
     *
     * @throws java.util.NoSuchElementException when a product is not in the catalogue version
     */
    public static Money supplierOrderValue(CatalogueVersion catalogue, Map<String, BigDecimal> caseQuantities) {
        Objects.requireNonNull(catalogue, "catalogue");
        Objects.requireNonNull(caseQuantities, "caseQuantities");
        Money total = Money.zero();
        for (Map.Entry<String, BigDecimal> pool : caseQuantities.entrySet()) {
            total = total.plus(catalogue.product(pool.getKey()).orElseThrow().netPriceOf(pool.getValue()));
        }
        return total;
    }

    /** What pooling needs of a catalogue product. */
    public static PoolProduct poolProduct(Product product) {
        return PoolProduct.of(product.code(), product.unit(), product.caseSize().amount(), product.minimumCases());
    }
}
