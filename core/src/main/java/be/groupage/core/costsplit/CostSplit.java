package be.groupage.core.costsplit;

import be.groupage.core.money.Money;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The outcome of a split: for every member who received goods, its shares in the order of the costs
 * then of the subsidies as given (zero shares left out); the members left out because they received
 * nothing; and notices about rules that could not be applied as asked.
 *
 * <p>Invariant: for every shared cost, the shares carrying its label add up exactly to its amount.
 */
public final class CostSplit {

    private final SortedMap<String, List<CostShare>> sharesByMember;
    private final Set<String> excludedMembers;
    private final List<SplitNotice> notices;

    CostSplit(SortedMap<String, List<CostShare>> sharesByMember, Set<String> excludedMembers, List<SplitNotice> notices) {
        SortedMap<String, List<CostShare>> copy = new TreeMap<>();
        sharesByMember.forEach((member, shares) -> copy.put(member, List.copyOf(shares)));
        this.sharesByMember = Collections.unmodifiableSortedMap(copy);
        this.excludedMembers = Collections.unmodifiableSet(new java.util.TreeSet<>(excludedMembers));
        this.notices = List.copyOf(notices);
    }

    /** Members who received goods, by member code, each with its shares (possibly none). */
    public SortedMap<String, List<CostShare>> sharesByMember() {
        return sharesByMember;
    }

    /** The shares of one member; empty when it has none or took no part. */
    public List<CostShare> sharesOf(String memberCode) {
        return sharesByMember.getOrDefault(Objects.requireNonNull(memberCode, "memberCode"), List.of());
    }

    /** Members who received nothing, so bear no cost and get no subsidy. */
    public Set<String> excludedMembers() {
        return excludedMembers;
    }

    public List<SplitNotice> notices() {
        return notices;
    }

    /** The sum of all shares carrying this label (for a cost, equal to its amount). */
    public Money totalOf(String label) {
        Money total = Money.zero();
        for (List<CostShare> shares : sharesByMember.values()) {
            for (CostShare share : shares) {
                if (share.label().equals(label)) {
                    total = total.plus(share.amount());
                }
            }
        }
        return total;
    }

    /** The sum of one member's shares, costs and subsidies together. */
    public Money totalFor(String memberCode) {
        Money total = Money.zero();
        for (CostShare share : sharesOf(memberCode)) {
            total = total.plus(share.amount());
        }
        return total;
    }

    /** Per label, member code to amount: handy for displays and tests. */
    public Map<String, Map<String, Money>> byLabel() {
        Map<String, Map<String, Money>> result = new LinkedHashMap<>();
        sharesByMember.forEach((member, shares) -> shares.forEach(share ->
                result.computeIfAbsent(share.label(), l -> new TreeMap<>()).put(member, share.amount())));
        return result;
    }

    @Override
    public String toString() {
        return "CostSplit" + sharesByMember + (notices.isEmpty() ? "" : " notices=" + notices);
    }
}
