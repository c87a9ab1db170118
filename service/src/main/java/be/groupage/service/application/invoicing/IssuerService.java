package be.groupage.service.application.invoicing;

import be.groupage.core.cycle.KboNumber;
import be.groupage.core.payment.Bic;
import be.groupage.core.payment.Iban;
import be.groupage.service.application.access.AuditTrail;
import be.groupage.service.application.access.CurrentAccount;
import be.groupage.service.application.access.Role;
import be.groupage.service.application.common.InputChecks;
import be.groupage.service.application.common.InvalidInputException;
import be.groupage.service.application.common.NotFoundException;
import be.groupage.service.application.common.Registrations;
import be.groupage.service.application.port.common.PostalAddress;
import be.groupage.service.application.port.invoicing.IssuerDetails;
import be.groupage.service.application.port.invoicing.IssuerStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.Optional;
import java.util.regex.Pattern;

/** The invoicing party whose name, numbers and bank account every invoice carries. */
@ApplicationScoped
@Transactional
public class IssuerService {

    private static final Pattern PREFIX = Pattern.compile("[A-Z]{0,6}");

    @Inject
    IssuerStore store;

    @Inject
    CurrentAccount caller;

    @Inject
    AuditTrail audit;

    public Optional<IssuerDetails> current() {
        return store.current();
    }

    public IssuerDetails get() {
        caller.requireRole(Role.COORDINATOR);
        return current().orElseThrow(() -> new NotFoundException("The invoicing party is not set yet; PUT it first."));
    }

    public IssuerDetails put(Registrations.IssuerSettings input) {
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
        PostalAddress address = new PostalAddress(a.street().trim(), a.postalCode().trim(), a.city().trim(), a.country());
        Optional<String> bic = input.bic() == null || input.bic().isBlank() ? Optional.empty() : Optional.of(Bic.parse(input.bic()).code());
        Optional<String> email = input.email() == null || input.email().isBlank() ? Optional.empty() : Optional.of(input.email().trim());
        String prefix = input.seriesPrefix() == null ? "" : input.seriesPrefix();
        int terms = input.paymentTermsDays() == null ? 30 : input.paymentTermsDays();
        IssuerDetails issuer = store.save(new IssuerDetails(input.name().trim(), KboNumber.of(input.kbo()).digits(),
                InputChecks.normalizeVat(input.vatNumber()), Iban.parse(input.iban()).electronic(), bic, address, email, prefix, terms));
        audit.record("ISSUER_UPDATED", "issuer", "1", issuer.name());
        return issuer;
    }

}
