package be.groupage.core.settlement;

import be.groupage.core.cycle.Cycle;
import be.groupage.core.cycle.Member;
import be.groupage.core.cycle.MemberOrder;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What settling a cycle needs to know of a member: its code, its delivery point (for costs split per
 * delivery point) and the purchase-order (commitment) number of its order in the cycle, which its
 * invoice quotes (Peppol OrderReference).
 */
public record SettlementMember(String memberCode, String deliveryPoint, Optional<String> purchaseOrderReference) {

    public SettlementMember {
        Objects.requireNonNull(memberCode, "memberCode");
        Objects.requireNonNull(deliveryPoint, "deliveryPoint");
        Objects.requireNonNull(purchaseOrderReference, "purchaseOrderReference");
        purchaseOrderReference = purchaseOrderReference.map(String::strip).filter(s -> !s.isEmpty());
    }

    public static SettlementMember of(String memberCode, String deliveryPoint, String purchaseOrderReference) {
        return new SettlementMember(memberCode, deliveryPoint, Optional.ofNullable(purchaseOrderReference));
    }

    /** A member who gave no purchase-order number. */
    public static SettlementMember of(String memberCode, String deliveryPoint) {
        return new SettlementMember(memberCode, deliveryPoint, Optional.empty());
    }

    /**
     * One settlement member per order of the cycle: the delivery point from {@code members}, the
     * purchase-order number from the order.
     *
     * @throws IllegalArgumentException when an order's member is not among {@code members}
     */
    public static List<SettlementMember> ofCycle(Cycle cycle, Collection<Member> members) {
        Objects.requireNonNull(cycle, "cycle");
        Objects.requireNonNull(members, "members");
        Map<String, Member> byCode = new HashMap<>();
        members.forEach(m -> byCode.put(m.code(), m));
        List<SettlementMember> result = new ArrayList<>();
        for (MemberOrder order : cycle.orders()) {
            Member member = byCode.get(order.memberCode());
            if (member == null) {
                throw new IllegalArgumentException("Cycle " + cycle.id() + " has an order of member " + order.memberCode()
                        + ", who is not among the members given");
            }
            result.add(of(member.code(), member.deliveryPoint().name(), order.purchaseOrderNumber()));
        }
        return result;
    }
}
