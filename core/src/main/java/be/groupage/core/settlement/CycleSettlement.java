package be.groupage.core.settlement;

import be.groupage.core.catalogue.CatalogueVersion;
import be.groupage.core.catalogue.Product;
import be.groupage.core.costsplit.CostShare;
import be.groupage.core.costsplit.CostSplit;
import be.groupage.core.costsplit.CostSplitter;
import be.groupage.core.costsplit.Participant;
import be.groupage.core.costsplit.SharedCost;
import be.groupage.core.costsplit.Subsidy;
import be.groupage.core.invoicing.InvoiceDraft;
import be.groupage.core.invoicing.InvoiceLine;
import be.groupage.core.money.Money;
import be.groupage.core.money.Unit;
import be.groupage.core.reception.NetWeight;
import be.groupage.core.reception.Reception;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A received cycle turned into one invoice draft per member purchase order.
 *
 * <p>Rules:
 * <ul>
 *   <li>Goods: one line per member line delivered something: the delivered quantity (weighed quantity
 *       for weighed lines, marked {@code weighed}) × the price of the cycle's catalogue version, at the
 *       product's VAT rate; net rounded half-up to the cent per line. Lines delivered nothing are not
 *       invoiced.</li>
 *   <li>Participants of the cost split: per member, its delivered value (Σ goods line nets, excl. VAT),
 *       its delivered weight in kg ({@link NetWeight}: KGM, GRM/1000, LTR as kg, pieces by their weight per
 *       piece: the one given to {@link Builder#pieceWeightsKg} for that product, else the price list's
 *       {@link Product#kgPerPiece()}, else 0) and its delivery point.</li>
 *   <li>Cost shares follow the goods, as {@link InvoiceLine#costShare} at the cost's VAT rate; subsidies
 *       as {@link InvoiceLine#subsidy} (outside VAT, paid by a third party).</li>
 *   <li>A member with nothing delivered has no goods, takes no part in the split and gets no draft.</li>
 * </ul>
 * So Σ drafts' net = delivered value + shared costs, and Σ net after subsidies = delivered value + shared
 * costs − subsidies, to the cent.
 */
public final class CycleSettlement {

    private final long cycleId;
    private final List<InvoiceDraft> drafts;
    private final CostSplit costSplit;
    private final List<Participant> participants;
    private final Money deliveredValue;

    private CycleSettlement(long cycleId, List<InvoiceDraft> drafts, CostSplit costSplit, List<Participant> participants, Money deliveredValue) {
        this.cycleId = cycleId;
        this.drafts = List.copyOf(drafts);
        this.costSplit = costSplit;
        this.participants = List.copyOf(participants);
        this.deliveredValue = deliveredValue;
    }

    /**
     * Starts a settlement of a reception at the prices of {@code prices} (the cycle's catalogue version),
     * for {@code members} (every member with a line in the reception must be there).
     */
    public static Builder of(Reception reception, CatalogueVersion prices, Collection<SettlementMember> members) {
        return new Builder(reception, prices, members);
    }

    public long cycleId() {
        return cycleId;
    }

    /** One draft per member purchase order that has something to invoice, by member code. */
    public List<InvoiceDraft> drafts() {
        return drafts;
    }

    public Optional<InvoiceDraft> draftOf(String memberCode) {
        return drafts.stream().filter(d -> d.memberCode().equals(memberCode)).findFirst();
    }

    /** The split the cost lines come from (its notices tell the coordinator about rule fallbacks). */
    public CostSplit costSplit() {
        return costSplit;
    }

    /** The participants built from the reception: delivered value, weight and delivery point per member. */
    public List<Participant> participants() {
        return participants;
    }

    /** Σ goods line nets over every draft, excl. VAT. */
    public Money deliveredValue() {
        return deliveredValue;
    }

    /** Collects the costs, subsidies and piece weights, then {@link #settle()}s. */
    public static final class Builder {
        private final Reception reception;
        private final CatalogueVersion prices;
        private final Collection<SettlementMember> members;
        private List<SharedCost> costs = List.of();
        private List<Subsidy> subsidies = List.of();
        private Map<String, BigDecimal> kgPerPiece = Map.of();
        private CostSplitter splitter = CostSplitter.largestRemainder();

        private Builder(Reception reception, CatalogueVersion prices, Collection<SettlementMember> members) {
            this.reception = Objects.requireNonNull(reception, "reception");
            this.prices = Objects.requireNonNull(prices, "prices");
            this.members = Objects.requireNonNull(members, "members");
        }

        public Builder costs(List<SharedCost> costs) {
            this.costs = Objects.requireNonNull(costs, "costs");
            return this;
        }

        public Builder subsidies(List<Subsidy> subsidies) {
            this.subsidies = Objects.requireNonNull(subsidies, "subsidies");
            return this;
        }

        /**
         * Weight of one piece in kg, by product code, for products sold by the piece (see {@link NetWeight}),
         * in place of the price list's {@link Product#kgPerPiece()}; a product not in the map keeps the
         * price list's weight.
         */
        public Builder pieceWeightsKg(Map<String, BigDecimal> kgPerPiece) {
            this.kgPerPiece = Objects.requireNonNull(kgPerPiece, "kgPerPiece");
            return this;
        }

        public Builder splitter(CostSplitter splitter) {
            this.splitter = Objects.requireNonNull(splitter, "splitter");
            return this;
        }

        /**
         * @throws IllegalArgumentException when a delivered product is not in the price list, a member
         *                                  with a line is not among the members, a member is given twice,
         *                                  or the costs cannot be split (see {@link CostSplitter#split})
         */
        public CycleSettlement settle() {
            Map<String, SettlementMember> byCode = new HashMap<>(members.size() * 2);
            for (SettlementMember m : members) {
                if (byCode.put(m.memberCode(), m) != null) {
                    throw new IllegalArgumentException("Member " + m.memberCode() + " is given twice");
                }
            }
            Map<String, Goods> goods = new HashMap<>(byCode.size() * 2);
            Product product = null;
            Optional<BigDecimal> pieceKg = Optional.empty();
            long deliveredCents = 0;
            // Invoice lines are immutable values: the lines of one product with the same delivered quantity
            // are one shared object, so its amount is computed once (most quantities repeat: 3 jars, 2.5 kg).
            InvoiceLine[] sameQuantity = new InvoiceLine[SHARED_GRAINS];
            int[] sameQuantityRun = new int[SHARED_GRAINS];
            int run = 0;
            // Lines are read column by column (Reception.*At): no ReceivedLine is made per line.
            int n = reception.lines().size();
            // Room for an even share of the lines plus a few costs, so most members' lists never grow.
            int expectedLines = (int) Math.min(1 << 16, n / Math.max(1, byCode.size()) + n / Math.max(1, 8L * byCode.size()) + 8);
            for (int i = 0; i < n; i++) {
                String memberCode = reception.memberCodeAt(i);
                Goods mine = goods.get(memberCode);
                if (mine == null) {
                    if (!byCode.containsKey(memberCode)) {
                        throw new IllegalArgumentException("Member " + memberCode + " has a line in cycle " + reception.cycleId()
                                + " but no delivery point was given");
                    }
                    mine = new Goods(expectedLines);
                    goods.put(memberCode, mine);
                }
                long grains = reception.deliveredGrainsAt(i);
                if (grains <= 0) {
                    continue;
                }
                String productCode = reception.productCodeAt(i);
                if (product == null || !product.code().equals(productCode)) {
                    product = prices.product(productCode).orElseThrow(() -> new IllegalArgumentException(
                            "Product " + productCode + " is not in " + prices));
                    BigDecimal override = kgPerPiece.get(product.code());
                    pieceKg = override != null ? Optional.of(override) : product.kgPerPiece();
                    run++;
                }
                boolean weighed = reception.weighedAt(i);
                Unit unit = reception.unitAt(i);
                InvoiceLine goodsLine = null;
                if (grains < SHARED_GRAINS && sameQuantityRun[(int) grains] == run) {
                    goodsLine = sameQuantity[(int) grains];
                    if (goodsLine.weighed() != weighed || goodsLine.quantity().unit() != unit) {
                        goodsLine = null;
                    }
                }
                if (goodsLine == null) {
                    goodsLine = InvoiceLine.goods(product.code(), product.name(), reception.deliveredAt(i), product.price(),
                            product.vatRate(), weighed);
                    if (grains < SHARED_GRAINS) {
                        sameQuantity[(int) grains] = goodsLine;
                        sameQuantityRun[(int) grains] = run;
                    }
                }
                mine.lines.add(goodsLine);
                mine.cents += goodsLine.netCents();
                if (unit == Unit.KGM || unit == Unit.LTR || unit == Unit.GRM) {
                    mine.addMeasured(unit, grains);
                } else if (pieceKg.isPresent()) {
                    mine.addPieces(NetWeight.kilograms(reception.deliveredAt(i), pieceKg));
                }
                deliveredCents += goodsLine.netCents();
            }
            goods = new TreeMap<>(goods);
            List<Participant> participants = new ArrayList<>(goods.size());
            goods.forEach((code, g) -> participants.add(Participant.of(code, byCode.get(code).deliveryPoint(), Money.ofCents(g.cents), g.kg())));
            CostSplit split = splitter.split(participants, costs, subsidies);
            List<InvoiceDraft> drafts = new ArrayList<>();
            goods.forEach((code, g) -> {
                List<CostShare> shares = split.sharesOf(code);
                if (g.lines.isEmpty() && shares.isEmpty()) {
                    return;
                }
                List<InvoiceLine> lines = g.lines;
                for (CostShare share : shares) {
                    lines.add(share.kind() == CostShare.Kind.SUBSIDY
                            ? InvoiceLine.subsidy(share.label(), share.amount())
                            : InvoiceLine.costShare(share.label(), share.amount(), share.vatRate().orElseThrow()));
                }
                Optional<String> ref = byCode.get(code).purchaseOrderReference();
                drafts.add(ref.isPresent() ? InvoiceDraft.of(code, ref.get(), lines) : InvoiceDraft.of(code, lines));
            });
            return new CycleSettlement(reception.cycleId(), Collections.unmodifiableList(drafts), split, participants,
                    Money.ofCents(deliveredCents));
        }
    }

    /** Delivered quantities below this many grains share their invoice line within a product. */
    private static final int SHARED_GRAINS = 1 << 16;

    private static final class Goods {
        private final List<InvoiceLine> lines;

        Goods(int expectedLines) {
            lines = new ArrayList<>(expectedLines);
        }
        private long cents;
        // The weight as NetWeight counts it, summed exactly: kg and litres in thousandths (their grains),
        // grams in thousandths of a gram, pieces by their weight (BigDecimal, rare); the sum keeps the
        // scale a BigDecimal sum of the NetWeight values would have (the largest scale added, 0 if none).
        private long kgThousandths;
        private long gramThousandths;
        private BigDecimal pieceKg = BigDecimal.ZERO;
        private int scale = -1;

        /** A delivered quantity in kg, l or g, as grains (> 0). */
        void addMeasured(Unit unit, long grains) {
            if (unit == Unit.GRM) {
                gramThousandths = Math.addExact(gramThousandths, grains);
                scale = Math.max(scale, 6);
            } else {
                kgThousandths = Math.addExact(kgThousandths, grains);
                scale = Math.max(scale, 3);
            }
        }

        /** The weight of delivered pieces, as {@link NetWeight} counts it. */
        void addPieces(BigDecimal kg) {
            if (kg.signum() != 0) {
                pieceKg = pieceKg.add(kg);
                scale = Math.max(scale, Math.max(0, kg.scale()));
            }
        }

        BigDecimal kg() {
            if (scale < 0) {
                return BigDecimal.ZERO;
            }
            BigDecimal sum = pieceKg;
            if (kgThousandths != 0) {
                sum = sum.add(BigDecimal.valueOf(kgThousandths, 3));
            }
            if (gramThousandths != 0) {
                sum = sum.add(BigDecimal.valueOf(gramThousandths, 6));
            }
            return sum.setScale(Math.max(0, scale), RoundingMode.UNNECESSARY);
        }
    }
}
