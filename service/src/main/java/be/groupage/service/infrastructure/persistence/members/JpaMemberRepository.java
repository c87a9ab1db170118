package be.groupage.service.infrastructure.persistence.members;

import be.groupage.core.cycle.DeliveryPoint;
import be.groupage.core.cycle.KboNumber;
import be.groupage.core.cycle.Member;
import be.groupage.core.cycle.MemberRepository;
import be.groupage.core.cycle.MemberType;
import be.groupage.service.infrastructure.persistence.schema.Address;
import be.groupage.service.infrastructure.persistence.schema.MemberEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Members in the {@code member} table, inside the caller's transaction. The domain member carries no
 * address, e-mail or joining date: a member first stored through {@link #save} gets an empty Belgian
 * address and today's date, and an update leaves those columns as they are.
 */
@ApplicationScoped
public class JpaMemberRepository implements MemberRepository {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    @PersistenceContext(unitName = "groupage")
    EntityManager em;

    @Override
    public Optional<Member> findByCode(String code) {
        return entity(code).map(JpaMemberRepository::toDomain);
    }

    @Override
    public Optional<Member> findByKbo(KboNumber kbo) {
        return em.createQuery("SELECT m FROM MemberEntity m WHERE m.kbo = :kbo ORDER BY m.code", MemberEntity.class)
                .setParameter("kbo", kbo.digits()).setMaxResults(1).getResultStream().findFirst().map(JpaMemberRepository::toDomain);
    }

    /** Inserts the member, or updates its name, kind, KBO number and delivery point when its code is stored. */
    @Override
    public void save(Member member) {
        Optional<MemberEntity> stored = entity(member.code());
        if (stored.isPresent()) {
            stored.get().update(member.name(), member.type().name(), member.kbo().digits(), member.deliveryPoint().name());
        } else {
            em.persist(new MemberEntity(member.code(), member.name(), member.type(), member.kbo().digits(), null,
                    new Address("", "", "", "BE"), member.deliveryPoint().name(), null, LocalDate.now(BRUSSELS)));
        }
        em.flush();
    }

    Optional<MemberEntity> entity(String code) {
        return em.createNamedQuery("Member.byCode", MemberEntity.class).setParameter("code", code).getResultStream().findFirst();
    }

    /** The domain member of a stored row (its delivery point is named and addressed by the same text). */
    public static Member toDomain(MemberEntity m) {
        return toDomain(m.code(), m.name(), m.type(), m.kbo(), m.deliveryPoint());
    }

    /** The domain member of a stored row's columns. */
    public static Member toDomain(String code, String name, MemberType type, String kbo, String deliveryPoint) {
        return Member.of(code, name, type, KboNumber.of(kbo), DeliveryPoint.of(deliveryPoint, deliveryPoint));
    }
}
