package be.groupage.service.application.members;

import be.groupage.core.cycle.KboNumber;
import be.groupage.core.cycle.MemberType;
import be.groupage.service.application.access.Account;
import be.groupage.service.application.access.AuditTrail;
import be.groupage.service.application.access.CurrentAccount;
import be.groupage.service.application.access.ForbiddenException;
import be.groupage.service.application.access.Role;
import be.groupage.service.application.common.ConflictException;
import be.groupage.service.application.common.InputChecks;
import be.groupage.service.application.common.InvalidInputException;
import be.groupage.service.application.common.NotFoundException;
import be.groupage.service.application.common.Registrations;
import be.groupage.service.application.port.common.PostalAddress;
import be.groupage.service.application.port.common.TakenKeyException;
import be.groupage.service.application.port.members.MemberDetails;
import be.groupage.service.application.port.members.MemberDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** Reading and registering the members (CPAS and associations) who buy through the platform. */
@ApplicationScoped
@Transactional
public class MemberService {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    @Inject
    MemberDirectory directory;

    @Inject
    CurrentAccount caller;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** Registers a member; every field is checked first, a taken code is a conflict. */
    public MemberDetails register(Registrations.NewMember input) {
        caller.requireRole(Role.COORDINATOR);
        if (input == null) {
            throw InvalidInputException.of("body", "A member is required.");
        }
        InputChecks checks = InputChecks.start();
        checks.code("code", input.code());
        checks.required("name", input.name());
        checks.maxLength("name", input.name(), 200);
        MemberType kind = null;
        if (checks.required("kind", input.kind())) {
            try {
                kind = MemberType.valueOf(input.kind());
            } catch (IllegalArgumentException e) {
                checks.error("kind", "must be CPAS or ASSOCIATION");
            }
        }
        checks.kbo("kbo", input.kbo());
        checks.optionalVatNumber("vatNumber", input.vatNumber());
        Registrations.checkAddress(checks, "address", input.address());
        checks.required("deliveryPoint", input.deliveryPoint());
        checks.maxLength("deliveryPoint", input.deliveryPoint(), 200);
        checks.optionalEmail("email", input.email());
        checks.throwIfAny();
        String taken = "A member with code " + input.code() + " already exists.";
        if (directory.exists(input.code())) {
            throw new ConflictException(taken);
        }
        Registrations.AddressInput a = input.address();
        MemberDetails member = register(new MemberDetails(input.code(), input.name().trim(), kind,
                KboNumber.of(input.kbo()).digits(), blank(InputChecks.normalizeVat(input.vatNumber())),
                new PostalAddress(a.street().trim(), a.postalCode().trim(), a.city().trim(), a.country()), input.deliveryPoint().trim(),
                blank(input.email()), LocalDate.ofInstant(clock.instant(), BRUSSELS)), taken);
        audit.record("MEMBER_REGISTERED", "member", member.code(), member.name());
        return member;
    }

    /** Stores the member; a request registering the same code at the same moment may win the race: then it is taken. */
    private MemberDetails register(MemberDetails member, String taken) {
        try {
            return directory.register(member);
        } catch (TakenKeyException e) {
            throw new ConflictException(taken);
        }
    }

    private static Optional<String> blank(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    public List<MemberDetails> list() {
        caller.requireRole(Role.COORDINATOR);
        return directory.all();
    }

    /** One member; a buyer may read its own, and learns nothing of others (404). */
    public MemberDetails get(String code) {
        Account account = caller.require();
        if (!account.actsForMember(code)) {
            if (account.is(Role.BUYER)) {
                throw new NotFoundException("No member " + code + ".");
            }
            throw new ForbiddenException("Only the coordinator reads members.");
        }
        return directory.byCode(code).orElseThrow(() -> new NotFoundException("No member " + code + "."));
    }

}
