package be.groupage.service.interfaces.rest.agreements;

import be.groupage.core.cycle.LotUsage;
import be.groupage.service.application.agreements.FrameworkAgreementService;
import be.groupage.service.interfaces.rest.common.Decimals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** A framework agreement and, per lot, its ceiling and consumption (EUR excl. VAT); a warning from 90% used. */
public record FrameworkAgreementView(String number, String supplier, LocalDate validFrom, LocalDate validTo, List<LotView> lots) {

    /** Over its key alone, consistent with equals: JSON-B hashes every object it writes (see {@code OrderView#hashCode}). */
    @Override
    public int hashCode() {
        return Objects.hashCode(number);
    }

    public record LotView(String code, BigDecimal ceiling, BigDecimal consumed, BigDecimal remaining, BigDecimal percent,
                          boolean nearCeiling, String warning) {

        static LotView of(LotUsage u) {
            return new LotView(u.lotNumber(), Decimals.money(u.ceiling().amount()), Decimals.money(u.consumed().amount()),
                    Decimals.money(u.remaining().amount()), u.share().movePointRight(2).setScale(2, java.math.RoundingMode.DOWN),
                    u.nearCeiling(), u.nearCeiling() ? u.warning() : null);
        }
    }

    static FrameworkAgreementView of(FrameworkAgreementService.AgreementUsage usage) {
        var a = usage.agreement();
        return new FrameworkAgreementView(a.number(), a.supplierCode(), a.validFrom(), a.validTo(),
                usage.lots().stream().map(LotView::of).toList());
    }
}
