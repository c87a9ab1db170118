package be.groupage.service.application;

import be.groupage.core.cycle.KboNumber;
import be.groupage.core.payment.Bic;
import be.groupage.core.payment.Iban;
import be.groupage.service.infrastructure.persistence.Address;
import be.groupage.service.infrastructure.persistence.IssuerEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.Optional;
import java.util.regex.Pattern;

/** The invoicing party whose name, numbers and bank account every invoice carries. */
@ApplicationScoped
@Transactional
public class IssuerService {

    private static final Pattern PREFIX = Pattern.compile("[A-Z]{0,6}");

    @PersistenceContext(unitName = "groupage")
    EntityManager em;

    @Inject
    CurrentAccount caller;

    @Inject
    AuditTrail audit;

    public Optional<IssuerEntity> current() {
        return Optional.ofNullable(em.find(IssuerEntity.class, IssuerEntity.SINGLETON_ID));
    }

    public IssuerEntity get() {
        caller.requireRole(Role.COORDINATOR);
        return current().orElseThrow(() -> new NotFoundException("The invoicing party is not set yet; PUT it first."));
    }

    public IssuerEntity put(Registrations.IssuerSettings input) {
        caller.requireRole(Role.COORDINATOR);
        if (input == null) {
            throw InvalidInputException.of("body", "The invoicing party is required.");
        }
        InputChecks checks = InputChecks.start();
        checks.required("name", input.name());
        checks.maxLength("name", input.name(), 200);
        Registrations.checkInvoicingIdentity(checks, input.kbo(), input.vatNumber(), input.iban(), input.bic(), input.address(), input.email());
        if (input.seriesPrefix() != null && !PREFIX.matcher(input.seriesPrefix()).matches()) {
            checks.error("seriesPrefix", "must be up to 6 capital letters (empty for none)");
        }
        if (input.paymentTermsDays() != null && (input.paymentTermsDays() < 0 || input.paymentTermsDays() > 120)) {
            checks.error("paymentTermsDays", "must be between 0 and 120");
        }
        checks.throwIfAny();
        Registrations.AddressInput a = input.address();
        Address address = new Address(a.street().trim(), a.postalCode().trim(), a.city().trim(), a.country());
        String bic = input.bic() == null || input.bic().isBlank() ? null : Bic.parse(input.bic()).code();
        String email = input.email() == null || input.email().isBlank() ? null : input.email().trim();
        String prefix = input.seriesPrefix() == null ? "" : input.seriesPrefix();
        int terms = input.paymentTermsDays() == null ? 30 : input.paymentTermsDays();
        String kbo = KboNumber.of(input.kbo()).digits();
        String vat = InputChecks.normalizeVat(input.vatNumber());
        String iban = Iban.parse(input.iban()).electronic();
        IssuerEntity issuer = current().orElse(null);
        if (issuer == null) {
            issuer = new IssuerEntity(input.name().trim(), kbo, vat, iban, bic, address, email, prefix, terms);
            em.persist(issuer);
        } else {
            issuer.update(input.name().trim(), kbo, vat, iban, bic, address, email, prefix, terms);
        }
        audit.record("ISSUER_UPDATED", "issuer", "1", issuer.name());
        return issuer;
    }

}
