package be.groupage.service.infrastructure.persistence.access;

import be.groupage.service.application.access.Role;
import be.groupage.service.application.port.access.UserDetails;
import be.groupage.service.application.port.access.UserDirectory;
import be.groupage.service.infrastructure.persistence.schema.MemberEntity;
import be.groupage.service.infrastructure.persistence.schema.SupplierEntity;
import be.groupage.service.infrastructure.persistence.schema.UniqueKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Accounts in the {@code app_user} table, inside the caller's transaction. */
@ApplicationScoped
public class JpaUserDirectory implements UserDirectory {

    @PersistenceContext(unitName = "groupage")
    EntityManager em;

    @Override
    public boolean exists(String login) {
        return entity(login).isPresent();
    }

    @Override
    public UserDetails create(String login, String passwordHash, Role role, Optional<String> memberCode, Optional<String> supplierCode,
                              Instant createdAt) {
        MemberEntity member = memberCode.map(code -> em.createNamedQuery("Member.byCode", MemberEntity.class).setParameter("code", code)
                .getResultStream().findFirst().orElseThrow(() -> new IllegalArgumentException("No member " + code + " is stored.")))
                .orElse(null);
        SupplierEntity supplier = supplierCode.map(code -> em.createNamedQuery("Supplier.byCode", SupplierEntity.class)
                .setParameter("code", code).getResultStream().findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No supplier " + code + " is stored.")))
                .orElse(null);
        UserEntity row = new UserEntity(login, passwordHash, role, member, supplier, createdAt);
        em.persist(row);
        UniqueKeys.flush(em, login);
        return details(row);
    }

    @Override
    public Optional<UserDetails> byLogin(String login) {
        return entity(login).map(JpaUserDirectory::details);
    }

    @Override
    public Optional<Credentials> credentials(String login) {
        return entity(login).map(u -> new Credentials(details(u), u.passwordHash()));
    }

    @Override
    public List<UserDetails> all() {
        return em.createNamedQuery("User.all", UserEntity.class).getResultStream().map(JpaUserDirectory::details).toList();
    }

    private Optional<UserEntity> entity(String login) {
        return em.createNamedQuery("User.byLogin", UserEntity.class).setParameter("login", login).getResultStream().findFirst();
    }

    static UserDetails details(UserEntity u) {
        return new UserDetails(u.login(), u.role(), Optional.ofNullable(u.member()).map(MemberEntity::code),
                Optional.ofNullable(u.supplier()).map(SupplierEntity::code), u.enabled(), u.createdAt());
    }
}
