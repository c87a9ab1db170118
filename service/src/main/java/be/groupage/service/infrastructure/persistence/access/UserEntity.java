package be.groupage.service.infrastructure.persistence.access;

import be.groupage.service.application.access.Role;
import be.groupage.service.infrastructure.persistence.schema.MemberEntity;
import be.groupage.service.infrastructure.persistence.schema.SupplierEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * A person who signs in: a role, and the member (buyer) or supplier it acts for. The password is kept
 * only as a PBKDF2 hash.
 */
@Entity
@Table(name = "app_user")
@NamedQuery(name = "User.byLogin", query = "SELECT u FROM UserEntity u WHERE u.login = :login")
@NamedQuery(name = "User.all", query = "SELECT u FROM UserEntity u ORDER BY u.login")
public class UserEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false, unique = true)
    private String login;
    @Column(name = "password_hash", nullable = false)
    private String passwordHash;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "member_id")
    private MemberEntity member;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "supplier_id")
    private SupplierEntity supplier;
    @Column(nullable = false)
    private boolean enabled;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Version
    private long version;

    protected UserEntity() {
    }

    public UserEntity(String login, String passwordHash, Role role, MemberEntity member, SupplierEntity supplier, Instant createdAt) {
        this.login = login;
        this.passwordHash = passwordHash;
        this.role = role;
        this.member = member;
        this.supplier = supplier;
        this.enabled = true;
        this.createdAt = createdAt;
    }

    public Long id() {
        return id;
    }

    public String login() {
        return login;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Role role() {
        return role;
    }

    public MemberEntity member() {
        return member;
    }

    public SupplierEntity supplier() {
        return supplier;
    }

    public boolean enabled() {
        return enabled;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
