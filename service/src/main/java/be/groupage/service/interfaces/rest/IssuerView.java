package be.groupage.service.interfaces.rest;

import be.groupage.service.infrastructure.persistence.IssuerEntity;

/** The invoicing party. */
public record IssuerView(String name, String kbo, String vatNumber, String iban, String bic, AddressView address,
                         String email, String seriesPrefix, int paymentTermsDays) {

    static IssuerView of(IssuerEntity i) {
        return new IssuerView(i.name(), i.kbo(), i.vatNumber(), i.iban(), i.bic(), AddressView.of(i.address()), i.email(),
                i.seriesPrefix(), i.paymentTermsDays());
    }
}
