package be.groupage.service.application;

import be.groupage.service.infrastructure.persistence.MemberEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.List;

/** Reading and registering the members (CPAS and associations) who buy through the platform. */
@ApplicationScoped
@Transactional
public class MemberService {

    @PersistenceContext(unitName = "groupage")
    EntityManager em;

    @Inject
    CurrentAccount caller;

    public List<MemberEntity> list() {
        requireRole(Role.COORDINATOR);
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

    private void requireRole(Role role) {
        if (!caller.require().is(role)) {
            throw new ForbiddenException("This needs the " + role + " role.");
        }
    }
}
