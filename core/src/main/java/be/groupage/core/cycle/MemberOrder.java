package be.groupage.core.cycle;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A member's order in a cycle: at most one line per product, and the member's own purchase-order
 * (commitment) number, which its invoice will quote (empty until given). Immutable; the cycle replaces it
 * on every edit.
 */
public final class MemberOrder {

    private final String memberCode;
    private final String purchaseOrderNumber;
    private final Map<String, OrderLine> lines;

    private MemberOrder(String memberCode, String purchaseOrderNumber, Collection<OrderLine> lines) {
        this.memberCode = Objects.requireNonNull(memberCode, "memberCode");
        this.purchaseOrderNumber = Objects.requireNonNull(purchaseOrderNumber, "purchaseOrderNumber").strip();
        Map<String, OrderLine> byProduct = new TreeMap<>();
        for (OrderLine line : Objects.requireNonNull(lines, "lines")) {
            if (byProduct.put(Objects.requireNonNull(line, "line").productCode(), line) != null) {
                throw new IllegalArgumentException("Member " + memberCode + " has two lines for product " + line.productCode());
            }
        }
        this.lines = Collections.unmodifiableMap(byProduct);
    }

    /** An order with all its state, e.g. as loaded from storage. */
    public static MemberOrder of(String memberCode, String purchaseOrderNumber, Collection<OrderLine> lines) {
        return new MemberOrder(memberCode, purchaseOrderNumber, lines);
    }

    static MemberOrder empty(String memberCode) {
        return new MemberOrder(memberCode, "", List.of());
    }

    public String memberCode() {
        return memberCode;
    }

    /** The member's purchase-order number; empty when it gave none. */
    public String purchaseOrderNumber() {
        return purchaseOrderNumber;
    }

    /** Lines by product code. */
    public Collection<OrderLine> lines() {
        return lines.values();
    }

    public Optional<OrderLine> line(String productCode) {
        return Optional.ofNullable(lines.get(productCode));
    }

    public boolean isEmpty() {
        return lines.isEmpty();
    }

    MemberOrder withLine(OrderLine line) {
        Map<String, OrderLine> copy = new TreeMap<>(lines);
        copy.put(line.productCode(), line);
        return new MemberOrder(memberCode, purchaseOrderNumber, copy.values());
    }

    MemberOrder withoutLine(String productCode) {
        Map<String, OrderLine> copy = new TreeMap<>(lines);
        copy.remove(productCode);
        return new MemberOrder(memberCode, purchaseOrderNumber, copy.values());
    }

    MemberOrder withPurchaseOrderNumber(String number) {
        return new MemberOrder(memberCode, number, lines.values());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MemberOrder other && memberCode.equals(other.memberCode)
                && purchaseOrderNumber.equals(other.purchaseOrderNumber) && lines.equals(other.lines);
    }

    @Override
    public int hashCode() {
        return Objects.hash(memberCode, purchaseOrderNumber, lines);
    }

    @Override
    public String toString() {
        return "Order of " + memberCode + (purchaseOrderNumber.isEmpty() ? "" : " (PO " + purchaseOrderNumber + ")") + ": " + lines.values();
    }
}
