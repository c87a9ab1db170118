package be.groupage.core.pooling;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The pools of a cycle, one per ordered product, in product-code order. */
public final class PoolingResult {

    private final Map<String, ProductPool> pools;

    PoolingResult(List<ProductPool> pools) {
        Map<String, ProductPool> byCode = new LinkedHashMap<>();
        pools.forEach(p -> byCode.put(p.productCode(), p));
        this.pools = Collections.unmodifiableMap(byCode);
    }

    public List<ProductPool> pools() {
        return List.copyOf(pools.values());
    }

    public Optional<ProductPool> pool(String productCode) {
        return Optional.ofNullable(pools.get(productCode));
    }

    /** Every member allocation, by product code then rank. */
    public List<MemberAllocation> allocations() {
        List<MemberAllocation> all = new ArrayList<>();
        pools.values().forEach(p -> all.addAll(p.allocations()));
        return all;
    }

    /** One member's allocations, by product code. */
    public List<MemberAllocation> allocationsOf(String memberCode) {
        List<MemberAllocation> mine = new ArrayList<>();
        for (ProductPool p : pools.values()) {
            for (MemberAllocation a : p.allocations()) {
                if (a.memberCode().equals(memberCode)) {
                    mine.add(a);
                }
            }
        }
        return mine;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PoolingResult other && List.copyOf(pools.values()).equals(List.copyOf(other.pools.values()));
    }

    @Override
    public int hashCode() {
        return pools.keySet().hashCode();
    }
}
