package be.groupage.service.application;

import be.groupage.core.cycle.KboNumber;
import be.groupage.core.cycle.LotReference;
import be.groupage.service.infrastructure.documents.Party;
import be.groupage.service.infrastructure.documents.PaymentAccount;
import be.groupage.service.infrastructure.persistence.Address;
import be.groupage.service.infrastructure.persistence.CycleEntity;
import be.groupage.service.infrastructure.persistence.IssuerEntity;
import be.groupage.service.infrastructure.persistence.MemberEntity;
import be.groupage.service.infrastructure.persistence.SupplierEntity;

import java.util.Optional;

/** The parties of a document, from the stored issuer, members and suppliers. */
final class DocumentParties {

    private DocumentParties() {
    }

    static Party issuer(IssuerEntity i) {
        return party(i.name(), i.address(), i.kbo(), i.vatNumber(), i.email());
    }

    static PaymentAccount account(IssuerEntity i) {
        return PaymentAccount.of(i.iban(), i.bic());
    }

    static Party member(MemberEntity m) {
        return party(m.name(), m.address(), m.kbo(), m.vatNumber(), m.email());
    }

    static Party supplier(SupplierEntity s) {
        return party(s.name(), s.address(), s.kbo(), s.vatNumber(), s.email());
    }

    static Optional<LotReference> lot(CycleEntity c) {
        return Optional.ofNullable(c.lot()).map(l -> LotReference.of(l.agreement().number(), l.code()));
    }

    private static Party party(String name, Address a, String kbo, String vat, String email) {
        return Party.of(name, a == null ? "" : a.street(), a == null ? "" : a.postalCode(), a == null ? "" : a.city(),
                a == null ? "BE" : a.country(), KboNumber.of(kbo), vat, email);
    }
}
