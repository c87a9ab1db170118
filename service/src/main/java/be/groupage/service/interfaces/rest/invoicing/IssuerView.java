package be.groupage.service.interfaces.rest.invoicing;

import be.groupage.service.application.port.invoicing.IssuerDetails;
import be.groupage.service.interfaces.rest.common.AddressView;

/** The invoicing party. */
public record IssuerView(String name, String kbo, String vatNumber, String iban, String bic, AddressView address,
                         String email, String seriesPrefix, int paymentTermsDays) {

    static IssuerView of(IssuerDetails i) {
        return new IssuerView(i.name(), i.kbo(), i.vatNumber(), i.iban(), i.bic().orElse(null), AddressView.of(i.address()), i.email().orElse(null),
                i.seriesPrefix(), i.paymentTermsDays());
    }
}
