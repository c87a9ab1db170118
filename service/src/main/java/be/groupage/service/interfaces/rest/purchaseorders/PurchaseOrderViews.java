package be.groupage.service.interfaces.rest.purchaseorders;

import be.groupage.service.application.document.PurchaseOrderDocument;
import be.groupage.service.interfaces.rest.common.Decimals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** The JSON shape of a purchase order. */
public final class PurchaseOrderViews {

    private PurchaseOrderViews() {
    }

    public record PurchaseOrderLineView(String code, String name, String unit, BigDecimal caseSize, long cases, BigDecimal quantity,
                                 BigDecimal unitPrice, BigDecimal total, BigDecimal vatRate, boolean chilled) {

        /** Over its key alone, consistent with equals: JSON-B hashes every object it writes (see {@code OrderView#hashCode}). */
        @Override
        public int hashCode() {
            return Objects.hashCode(code);
        }
    }

    public record ParcelView(String member, String product, BigDecimal quantity, String unit) {

        /** Over its key alone, consistent with equals: JSON-B hashes every object it writes (see {@code OrderView#hashCode}). */
        @Override
        public int hashCode() {
            return Objects.hash(member, product);
        }
    }

    public record PackingListView(String deliveryPoint, List<ParcelView> parcels) {

        /** Over its key alone, consistent with equals: JSON-B hashes every object it writes (see {@code OrderView#hashCode}). */
        @Override
        public int hashCode() {
            return Objects.hashCode(deliveryPoint);
        }
    }

    public record PurchaseOrderView(String reference, String cycle, String supplier, LocalDate orderDate, LocalDate deliveryDate, String agreement,
                             String lot, List<PurchaseOrderLineView> lines, long cases, BigDecimal net, BigDecimal vat, BigDecimal gross,
                             List<PackingListView> packingLists) {

        /** Over its key alone, consistent with equals: JSON-B hashes every object it writes (see {@code OrderView#hashCode}). */
        @Override
        public int hashCode() {
            return Objects.hashCode(reference);
        }

        static PurchaseOrderView of(PurchaseOrderDocument o) {
            var t = o.computation().totals();
            return new PurchaseOrderView(o.reference(), o.cycleName(), o.supplier().name(), o.orderDate(), o.deliveryDate(),
                    o.lot().map(l -> l.agreementNumber()).orElse(null), o.lot().map(l -> l.lotNumber()).orElse(null),
                    o.lines().stream().map(l -> new PurchaseOrderLineView(l.code(), l.name(), l.unit().code(), Decimals.plain(l.caseSize()),
                            l.cases(), Decimals.plain(l.quantity()), Decimals.plain(l.unitPrice().amount()), Decimals.money(l.total().amount()),
                            Decimals.plain(l.vatRate().percent()), l.chilled())).toList(),
                    o.totalCases(), Decimals.money(t.net().amount()), Decimals.money(t.vat().amount()), Decimals.money(t.gross().amount()),
                    o.packingLists().stream().map(p -> new PackingListView(p.deliveryPoint(), p.parcels().stream()
                            .map(x -> new ParcelView(x.memberCode(), x.productCode(), Decimals.plain(x.quantity()), x.unit().code())).toList()))
                            .toList());
        }
    }
}
