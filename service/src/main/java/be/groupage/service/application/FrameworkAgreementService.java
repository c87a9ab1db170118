package be.groupage.service.application;

import be.groupage.core.cycle.FrameworkAgreement;
import be.groupage.core.cycle.Lot;
import be.groupage.core.cycle.LotUsage;
import be.groupage.core.money.Money;
import be.groupage.service.infrastructure.persistence.FrameworkAgreementEntity;
import be.groupage.service.infrastructure.persistence.SupplierEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Framework agreements of the central purchasing body: recording one with its lots and ceilings, and
 * showing how much of each lot the members' orders already consume (warning from 90%).
 */
@ApplicationScoped
@Transactional
public class FrameworkAgreementService {

    private static final Pattern NUMBER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9./_-]{0,39}");

    @PersistenceContext(unitName = "groupage")
    EntityManager em;

    @Inject
    CurrentAccount caller;

    @Inject
    CycleStore store;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** A new agreement as asked for: dates as ISO text, lots with their ceilings. */
    public record NewAgreement(String number, String supplier, String validFrom, String validTo, List<NewLot> lots) {
    }

    public record NewLot(String code, BigDecimal ceiling) {
    }

    /** An agreement with where each lot stands. */
    public record AgreementUsage(FrameworkAgreementEntity agreement, List<LotUsage> lots) {
    }

    public AgreementUsage create(NewAgreement request) {
        requireCoordinator();
        InputErrors errors = new InputErrors();
        Optional<String> number = errors.text("number", request.number(), 40);
        number.filter(n -> !NUMBER.matcher(n).matches())
                .ifPresent(n -> errors.add("number", "may hold letters, digits, '.', '/', '_' and '-' only"));
        Optional<SupplierEntity> supplier = errors.text("supplier", request.supplier(), 40).flatMap(code -> {
            Optional<SupplierEntity> found = store.supplier(code);
            if (found.isEmpty()) {
                errors.add("supplier", "is not a known supplier: " + code);
            }
            return found;
        });
        Optional<LocalDate> from = errors.date("validFrom", request.validFrom(), true);
        Optional<LocalDate> to = errors.date("validTo", request.validTo(), true);
        if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
            errors.add("validTo", "is before validFrom");
        }
        List<Lot> lots = new ArrayList<>();
        if (request.lots() == null || request.lots().isEmpty()) {
            errors.add("lots", "needs at least one lot");
        } else {
            Set<String> codes = new HashSet<>();
            for (int i = 0; i < request.lots().size(); i++) {
                NewLot lot = request.lots().get(i);
                String at = "lots[" + i + "]";
                if (lot == null) {
                    errors.add(at, "is empty");
                    continue;
                }
                Optional<String> code = errors.text(at + ".code", lot.code(), 40);
                code.filter(c -> !codes.add(c)).ifPresent(c -> errors.add(at + ".code", "appears twice: " + c));
                Optional<BigDecimal> ceiling = errors.amount(at + ".ceiling", lot.ceiling(), true, true);
                if (code.isPresent() && ceiling.isPresent()) {
                    lots.add(Lot.of(code.get(), code.get(), Money.euros(ceiling.get()), Money.zero()));
                }
            }
        }
        number.ifPresent(n -> {
            if (!em.createNamedQuery("FrameworkAgreement.byNumber", FrameworkAgreementEntity.class).setParameter("number", n)
                    .getResultList().isEmpty()) {
                throw new ConflictException("Framework agreement " + n + " already exists.");
            }
        });
        errors.throwIfAny();
        // The domain checks the agreement as a whole once every field is readable.
        FrameworkAgreement checked = FrameworkAgreement.of(number.get(), supplier.get().code(), from.get(), to.get(), lots);
        FrameworkAgreementEntity entity = new FrameworkAgreementEntity(checked.number(), supplier.get(), checked.validFrom(),
                checked.validTo(), clock.instant());
        checked.lots().forEach(l -> entity.addLot(l.number(), l.ceiling().amount()));
        em.persist(entity);
        try {
            em.flush();
        } catch (jakarta.persistence.PersistenceException e) {
            if (OrderService.isConstraintViolation(e)) {
                throw new ConflictException("Framework agreement " + checked.number() + " was recorded at the same time by someone else.");
            }
            throw e;
        }
        audit.record("FRAMEWORK_AGREEMENT_CREATED", "framework_agreement", checked.number(),
                "supplier " + supplier.get().code() + ", " + checked.validFrom() + " to " + checked.validTo() + ", lots "
                        + checked.lots().stream().map(l -> l.number() + " ceiling " + l.ceiling().rounded()).toList());
        return usage(entity);
    }

    public List<AgreementUsage> list() {
        requireCoordinator();
        return em.createNamedQuery("FrameworkAgreement.all", FrameworkAgreementEntity.class).getResultStream().map(this::usage).toList();
    }

    public AgreementUsage get(String number) {
        requireCoordinator();
        return em.createNamedQuery("FrameworkAgreement.byNumber", FrameworkAgreementEntity.class).setParameter("number", number)
                .getResultStream().findFirst().map(this::usage)
                .orElseThrow(() -> new NotFoundException("No framework agreement " + number + "."));
    }

    private AgreementUsage usage(FrameworkAgreementEntity entity) {
        FrameworkAgreement agreement = store.agreement(entity);
        List<LotUsage> lots = agreement.lots().stream()
                .map(l -> LotUsage.of(agreement.number(), l.number(), l.ceiling(), l.consumed())).toList();
        return new AgreementUsage(entity, lots);
    }

    private void requireCoordinator() {
        if (!caller.require().is(Role.COORDINATOR)) {
            throw new ForbiddenException("Only the coordinator manages framework agreements.");
        }
    }
}
