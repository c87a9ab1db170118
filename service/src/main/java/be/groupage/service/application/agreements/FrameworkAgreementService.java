package be.groupage.service.application.agreements;

import be.groupage.core.cycle.FrameworkAgreement;
import be.groupage.core.cycle.FrameworkAgreementRepository;
import be.groupage.core.cycle.Lot;
import be.groupage.core.cycle.LotUsage;
import be.groupage.core.money.Money;
import be.groupage.service.application.access.AuditTrail;
import be.groupage.service.application.access.CurrentAccount;
import be.groupage.service.application.access.ForbiddenException;
import be.groupage.service.application.access.Role;
import be.groupage.service.application.common.ConflictException;
import be.groupage.service.application.common.InputChecks;
import be.groupage.service.application.common.NotFoundException;
import be.groupage.service.application.port.agreements.FrameworkAgreementRegister;
import be.groupage.service.application.port.suppliers.SupplierDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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

    @Inject
    FrameworkAgreementRegister register;

    @Inject
    FrameworkAgreementRepository agreements;

    @Inject
    SupplierDirectory suppliers;

    @Inject
    CurrentAccount caller;

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
    public record AgreementUsage(FrameworkAgreement agreement, List<LotUsage> lots) {
    }

    public AgreementUsage create(NewAgreement request) {
        requireCoordinator();
        InputChecks errors = InputChecks.start();
        Optional<String> number = errors.text("number", request.number(), 40);
        number.filter(n -> !NUMBER.matcher(n).matches())
                .ifPresent(n -> errors.error("number", "may hold letters, digits, '.', '/', '_' and '-' only"));
        Optional<String> supplier = errors.text("supplier", request.supplier(), 40).filter(code -> {
            boolean known = suppliers.exists(code);
            if (!known) {
                errors.error("supplier", "is not a known supplier: " + code);
            }
            return known;
        });
        Optional<LocalDate> from = errors.date("validFrom", request.validFrom(), true);
        Optional<LocalDate> to = errors.date("validTo", request.validTo(), true);
        if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
            errors.error("validTo", "is before validFrom");
        }
        List<Lot> lots = new ArrayList<>();
        if (request.lots() == null || request.lots().isEmpty()) {
            errors.error("lots", "needs at least one lot");
        } else {
            Set<String> codes = new HashSet<>();
            for (int i = 0; i < request.lots().size(); i++) {
                NewLot lot = request.lots().get(i);
                String at = "lots[" + i + "]";
                if (lot == null) {
                    errors.error(at, "is empty");
                    continue;
                }
                Optional<String> code = errors.text(at + ".code", lot.code(), 40);
                code.filter(c -> !codes.add(c)).ifPresent(c -> errors.error(at + ".code", "appears twice: " + c));
                Optional<BigDecimal> ceiling = errors.amount(at + ".ceiling", lot.ceiling(), true, true);
                if (code.isPresent() && ceiling.isPresent()) {
                    lots.add(Lot.of(code.get(), code.get(), Money.euros(ceiling.get()), Money.zero()));
                }
            }
        }
        number.ifPresent(n -> {
            if (register.exists(n)) {
                throw new ConflictException("Framework agreement " + n + " already exists.");
            }
        });
        errors.throwIfAny();
        // The domain checks the agreement as a whole once every field is readable.
        FrameworkAgreement checked = FrameworkAgreement.of(number.get(), supplier.get(), from.get(), to.get(), lots);
        if (!register.record(checked, clock.instant())) {
            throw new ConflictException("Framework agreement " + checked.number() + " was recorded at the same time by someone else.");
        }
        audit.record("FRAMEWORK_AGREEMENT_CREATED", "framework_agreement", checked.number(),
                "supplier " + supplier.get() + ", " + checked.validFrom() + " to " + checked.validTo() + ", lots "
                        + checked.lots().stream().map(l -> l.number() + " ceiling " + l.ceiling().rounded()).toList());
        return usage(checked.number());
    }

    public List<AgreementUsage> list() {
        requireCoordinator();
        return register.numbers().stream().map(this::usage).toList();
    }

    public AgreementUsage get(String number) {
        requireCoordinator();
        return agreements.findByNumber(number).map(this::usage)
                .orElseThrow(() -> new NotFoundException("No framework agreement " + number + "."));
    }

    private AgreementUsage usage(String number) {
        return usage(agreements.findByNumber(number)
                .orElseThrow(() -> new IllegalStateException("No framework agreement " + number)));
    }

    /** The agreement with each lot's current consumption. */
    private AgreementUsage usage(FrameworkAgreement agreement) {
        List<LotUsage> lots = agreement.lots().stream()
                .map(l -> LotUsage.of(agreement.number(), l.number(), l.ceiling(), l.consumed())).toList();
        return new AgreementUsage(agreement, lots);
    }

    private void requireCoordinator() {
        if (!caller.require().is(Role.COORDINATOR)) {
            throw new ForbiddenException("Only the coordinator manages framework agreements.");
        }
    }
}
