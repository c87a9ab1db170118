package be.groupage.service.application;

import be.groupage.core.cycle.KboNumber;
import be.groupage.service.infrastructure.persistence.Address;
import be.groupage.service.infrastructure.persistence.MemberEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Reading and registering the members (CPAS and associations) who buy through the platform. */
@ApplicationScoped
@Transactional
public class MemberService {

    @PersistenceContext(unitName = "groupage")
    EntityManager em;

    @Inject
    CurrentAccount caller;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    private static final Set<String> KINDS = Set.of("CPAS", "ASSOCIATION");

    /** Registers a member; every field is checked first, a taken code is a conflict. */
    public MemberEntity register(Registrations.NewMember input) {
        caller.requireRole(Role.COORDINATOR);
        if (input == null) {
            throw InvalidInputException.of("body", "A member is required.");
        }
        InputChecks checks = InputChecks.start();
        checks.code("code", input.code());
        checks.required("name", input.name());
        checks.maxLength("name", input.name(), 200);
        if (checks.required("kind", input.kind()) && !KINDS.contains(input.kind())) {
            checks.error("kind", "must be CPAS or ASSOCIATION");
        }
        checks.kbo("kbo", input.kbo());
        checks.optionalVatNumber("vatNumber", input.vatNumber());
        Registrations.checkAddress(checks, "address", input.address());
        checks.required("deliveryPoint", input.deliveryPoint());
        checks.maxLength("deliveryPoint", input.deliveryPoint(), 200);
        checks.optionalEmail("email", input.email());
        checks.throwIfAny();
        if (!em.createNamedQuery("Member.byCode", MemberEntity.class).setParameter("code", input.code()).getResultList().isEmpty()) {
            throw new ConflictException("A member with code " + input.code() + " already exists.");
        }
        Registrations.AddressInput a = input.address();
        MemberEntity member = new MemberEntity(input.code(), input.name().trim(), input.kind(), KboNumber.of(input.kbo()).digits(),
                blankToNull(InputChecks.normalizeVat(input.vatNumber())), new Address(a.street().trim(), a.postalCode().trim(),
                a.city().trim(), a.country()), input.deliveryPoint().trim(), blankToNull(input.email()),
                LocalDate.ofInstant(clock.instant(), java.time.ZoneId.of("Europe/Brussels")));
        em.persist(member);
        audit.record("MEMBER_REGISTERED", "member", member.code(), member.name());
        return member;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    public List<MemberEntity> list() {
        caller.requireRole(Role.COORDINATOR);
        return em.createNamedQuery("Member.all", MemberEntity.class).getResultList();
    }

    /** One member; a buyer may read its own, and learns nothing of others (404). */
    public MemberEntity get(String code) {
        Account account = caller.require();
        if (!account.actsForMember(code)) {
            if (account.is(Role.BUYER)) {
                throw new NotFoundException("No member " + code + ".");
            }
            throw new ForbiddenException("Only the coordinator reads members.");
        }
        return em.createNamedQuery("Member.byCode", MemberEntity.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("No member " + code + "."));
    }

}
