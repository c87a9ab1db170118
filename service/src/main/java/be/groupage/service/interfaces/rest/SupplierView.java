package be.groupage.service.interfaces.rest;

import be.groupage.service.infrastructure.persistence.SupplierEntity;

import java.math.BigDecimal;

/** A cooperative as the API shows it. */
public record SupplierView(String code, String name, String kbo, String vatNumber, String iban, String bic,
                           AddressView address, String email, BigDecimal minimumOrderValue) {

    static SupplierView of(SupplierEntity s) {
        return new SupplierView(s.code(), s.name(), s.kbo(), s.vatNumber(), s.iban(), s.bic(), AddressView.of(s.address()),
                s.email(), Decimals.money(s.minimumOrderValue()));
    }
}
