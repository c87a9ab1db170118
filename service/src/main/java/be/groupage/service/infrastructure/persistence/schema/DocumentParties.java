package be.groupage.service.infrastructure.persistence.schema;

import be.groupage.core.cycle.KboNumber;
import be.groupage.core.cycle.LotReference;
import be.groupage.service.application.document.Party;
import be.groupage.service.application.document.PaymentAccount;

import java.util.Optional;

/** The parties of a document as printed, from the stored issuer, members and suppliers. */
public final class DocumentParties {

    private DocumentParties() {
    }

    public static Party issuer(IssuerEntity i) {
        return party(i.name(), i.address(), i.kbo(), i.vatNumber(), i.email());
    }

    public static PaymentAccount account(IssuerEntity i) {
        return PaymentAccount.of(i.iban(), i.bic());
    }

    public static Party member(MemberEntity m) {
        return party(m.name(), m.address(), m.kbo(), m.vatNumber(), m.email());
    }

    public static Party supplier(SupplierEntity s) {
        return party(s.name(), s.address(), s.kbo(), s.vatNumber(), s.email());
    }

    public static Optional<LotReference> lot(CycleEntity c) {
        return Optional.ofNullable(c.lot()).map(l -> LotReference.of(l.agreement().number(), l.code()));
    }

    public static Party party(String name, Address a, String kbo, String vat, String email) {
        return Party.of(name, a == null ? "" : a.street(), a == null ? "" : a.postalCode(), a == null ? "" : a.city(),
                a == null ? "BE" : a.country(), KboNumber.of(kbo), vat, email);
    }
}
