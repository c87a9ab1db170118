package be.groupage.service.interfaces.rest.cycles;

import be.groupage.service.application.cycles.Estimate;
import be.groupage.service.interfaces.rest.common.Decimals;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

import java.math.BigDecimal;

/**
 * A member's goods priced as its invoice will be (before shared costs and subsidies): {@code basis} is
 * ORDERED, ALLOCATED or DELIVERED quantities depending on the cycle's stage.
 */
@JsonbPropertyOrder({"net", "vat", "gross", "basis"})
public record EstimateView(BigDecimal net, BigDecimal vat, BigDecimal gross, String basis) {

    static EstimateView of(Estimate e) {
        return new EstimateView(Decimals.money(e.net().amount()), Decimals.money(e.vat().amount()), Decimals.money(e.gross().amount()), e.basis());
    }
}
