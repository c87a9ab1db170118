package be.groupage.service.infrastructure.persistence.members;

import be.groupage.service.application.port.members.MemberDetails;
import be.groupage.service.application.port.members.MemberDirectory;
import be.groupage.service.infrastructure.persistence.schema.Address;
import be.groupage.service.infrastructure.persistence.schema.MemberEntity;
import be.groupage.service.infrastructure.persistence.schema.UniqueKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

/** Members in the {@code member} table, inside the caller's transaction. */
@ApplicationScoped
public class JpaMemberDirectory implements MemberDirectory {

    @PersistenceContext(unitName = "groupage")
    EntityManager em;

    @Override
    public boolean exists(String code) {
        return entity(code).isPresent();
    }

    @Override
    public MemberDetails register(MemberDetails m) {
        MemberEntity row = new MemberEntity(m.code(), m.name(), m.kind(), m.kbo(), m.vatNumber().orElse(null), Address.of(m.address()),
                m.deliveryPoint(), m.email().orElse(null), m.joinedOn());
        em.persist(row);
        UniqueKeys.flush(em, m.code());
        return details(row);
    }

    @Override
    public Optional<MemberDetails> byCode(String code) {
        return entity(code).map(JpaMemberDirectory::details);
    }

    @Override
    public List<MemberDetails> all() {
        return em.createNamedQuery("Member.all", MemberEntity.class).getResultStream().map(JpaMemberDirectory::details).toList();
    }

    @Override
    public long count() {
        return em.createQuery("SELECT COUNT(m) FROM MemberEntity m", Long.class).getSingleResult();
    }

    private Optional<MemberEntity> entity(String code) {
        return em.createNamedQuery("Member.byCode", MemberEntity.class).setParameter("code", code).getResultStream().findFirst();
    }

    static MemberDetails details(MemberEntity m) {
        return new MemberDetails(m.code(), m.name(), m.type(), m.kbo(), Optional.ofNullable(m.vatNumber()), m.address().toPostalAddress(),
                m.deliveryPoint(), Optional.ofNullable(m.email()), m.joinedOn());
    }
}
