package be.groupage.service.infrastructure.persistence.schema;

import be.groupage.core.cycle.MemberType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;

/** A CPAS or association that buys through the platform. */
@Entity
@Table(name = "member")
@NamedQuery(name = "Member.all", query = "SELECT m FROM MemberEntity m ORDER BY m.code")
@NamedQuery(name = "Member.byCode", query = "SELECT m FROM MemberEntity m WHERE m.code = :code")
public class MemberEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false, unique = true)
    private String code;
    @Column(nullable = false)
    private String name;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MemberType kind;
    @Column(nullable = false)
    private String kbo;
    @Column(name = "vat_number")
    private String vatNumber;
    @Embedded
    private Address address;
    @Column(name = "delivery_point", nullable = false)
    private String deliveryPoint;
    private String email;
    @Column(name = "joined_on", nullable = false)
    private LocalDate joinedOn;
    @Version
    private long version;

    protected MemberEntity() {
    }

    public MemberEntity(String code, String name, String kind, String kbo, String vatNumber, Address address,
                        String deliveryPoint, String email, LocalDate joinedOn) {
        this(code, name, MemberType.valueOf(kind), kbo, vatNumber, address, deliveryPoint, email, joinedOn);
    }

    public MemberEntity(String code, String name, MemberType kind, String kbo, String vatNumber, Address address,
                        String deliveryPoint, String email, LocalDate joinedOn) {
        this.code = code;
        this.name = name;
        this.kind = kind;
        this.kbo = kbo;
        this.vatNumber = vatNumber;
        this.address = address;
        this.deliveryPoint = deliveryPoint;
        this.email = email;
        this.joinedOn = joinedOn;
    }

    /** Changes what the domain member carries; address, e-mail and joining date stay. */
    public void update(String name, String kind, String kbo, String deliveryPoint) {
        this.name = name;
        this.kind = MemberType.valueOf(kind);
        this.kbo = kbo;
        this.deliveryPoint = deliveryPoint;
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    /** The kind's name, {@code CPAS} or {@code ASSOCIATION}. */
    public String kind() {
        return kind.name();
    }

    public MemberType type() {
        return kind;
    }

    public String kbo() {
        return kbo;
    }

    public String vatNumber() {
        return vatNumber;
    }

    public Address address() {
        return address;
    }

    public String deliveryPoint() {
        return deliveryPoint;
    }

    public String email() {
        return email;
    }

    public LocalDate joinedOn() {
        return joinedOn;
    }

    public long version() {
        return version;
    }
}
