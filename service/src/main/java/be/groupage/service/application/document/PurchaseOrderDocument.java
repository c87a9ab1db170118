package be.groupage.service.application.document;

import be.groupage.core.cycle.LotReference;
import be.groupage.core.invoicing.InvoiceComputation;
import be.groupage.core.invoicing.InvoiceLine;
import be.groupage.core.money.Money;
import be.groupage.core.money.Quantity;
import be.groupage.core.money.Unit;
import be.groupage.core.money.VatRate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The consolidated order of a cycle to the cooperative: whole cases per product, their value, and one
 * packing list per delivery point saying which member gets what.
 *
 * @param platform      the platform ordering (the issuer)
 * @param supplier      the cooperative
 * @param reference     the order's reference, e.g. {@code CYCLE-12}
 * @param cycleName     the cycle's name
 * @param orderDate     when the order is sent
 * @param deliveryDate  when delivery is expected
 * @param lot           the framework agreement and lot, when any
 * @param lines         one per product, in product-code order
 * @param packingLists  one per delivery point
 */
public record PurchaseOrderDocument(Party platform, Party supplier, String reference, String cycleName, LocalDate orderDate,
                                    LocalDate deliveryDate, Optional<LotReference> lot, List<Line> lines,
                                    List<PackingList> packingLists) {

    public PurchaseOrderDocument {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(supplier, "supplier");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(cycleName, "cycleName");
        Objects.requireNonNull(orderDate, "orderDate");
        Objects.requireNonNull(deliveryDate, "deliveryDate");
        Objects.requireNonNull(lot, "lot");
        lines = List.copyOf(lines);
        packingLists = List.copyOf(packingLists);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("A purchase order has at least one line");
        }
    }

    /**
     * One product ordered: whole cases of {@code caseSize} selling units.
     *
     * @param quantity cases x case size, in the selling unit
     */
    public record Line(String code, String name, Unit unit, BigDecimal caseSize, long cases, BigDecimal quantity, Money unitPrice,
                       VatRate vatRate, boolean chilled, boolean variableWeight) {
        public Line {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(unit, "unit");
            Objects.requireNonNull(caseSize, "caseSize");
            Objects.requireNonNull(quantity, "quantity");
            Objects.requireNonNull(unitPrice, "unitPrice");
            Objects.requireNonNull(vatRate, "vatRate");
        }

        /** As a priced line, so the order's net and VAT follow the invoices' rule. */
        InvoiceLine asInvoiceLine() {
            return InvoiceLine.goods(code, name, Quantity.of(quantity, unit), unitPrice, vatRate, variableWeight);
        }

        /** quantity x unit price, rounded half-up to the cent. */
        public Money total() {
            return asInvoiceLine().net();
        }
    }

    /** What one delivery point receives, member by member. */
    public record PackingList(String deliveryPoint, String address, List<Parcel> parcels) {
        public PackingList {
            Objects.requireNonNull(deliveryPoint, "deliveryPoint");
            Objects.requireNonNull(address, "address");
            parcels = List.copyOf(parcels);
        }
    }

    /** One product for one member at a delivery point. */
    public record Parcel(String memberCode, String memberName, String productCode, String productName, BigDecimal quantity,
                         Unit unit, boolean chilled) {
        public Parcel {
            Objects.requireNonNull(memberCode, "memberCode");
            Objects.requireNonNull(memberName, "memberName");
            Objects.requireNonNull(productCode, "productCode");
            Objects.requireNonNull(productName, "productName");
            Objects.requireNonNull(quantity, "quantity");
            Objects.requireNonNull(unit, "unit");
        }
    }

    /** Net per VAT rate and totals, by the invoices' rounding rule. */
    public InvoiceComputation computation() {
        List<InvoiceLine> priced = new ArrayList<>(lines.size());
        for (Line line : lines) {
            priced.add(line.asInvoiceLine());
        }
        return InvoiceComputation.of(priced);
    }

    public long totalCases() {
        long n = 0;
        for (Line line : lines) {
            n += line.cases();
        }
        return n;
    }
}
