package be.groupage.service.interfaces.rest.suppliers;

import be.groupage.service.application.port.suppliers.SupplierDetails;
import be.groupage.service.interfaces.rest.common.AddressView;
import be.groupage.service.interfaces.rest.common.Decimals;

import java.math.BigDecimal;

/** A cooperative as the API shows it. */
public record SupplierView(String code, String name, String kbo, String vatNumber, String iban, String bic,
                           AddressView address, String email, BigDecimal minimumOrderValue) {

    static SupplierView of(SupplierDetails s) {
        return new SupplierView(s.code(), s.name(), s.kbo(), s.vatNumber().orElse(null), s.iban().orElse(null), s.bic().orElse(null),
                AddressView.of(s.address()), s.email().orElse(null), Decimals.money(s.minimumOrderValue()));
    }
}
