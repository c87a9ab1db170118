package be.groupage.service.infrastructure.persistence.schema;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.math.BigDecimal;

/**
 * A lot of a framework agreement with its ceiling (EUR excl. VAT). Its row is locked while an order on
 * the lot is checked against the ceiling, so two orders cannot both take the last euros.
 */
@Entity
@Table(name = "framework_lot")
public class FrameworkLotEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "agreement_id")
    private FrameworkAgreementEntity agreement;
    @Column(nullable = false)
    private String code;
    @Column(nullable = false)
    private BigDecimal ceiling;

    protected FrameworkLotEntity() {
    }

    FrameworkLotEntity(FrameworkAgreementEntity agreement, String code, BigDecimal ceiling) {
        this.agreement = agreement;
        this.code = code;
        this.ceiling = ceiling;
    }

    public Long id() {
        return id;
    }

    public FrameworkAgreementEntity agreement() {
        return agreement;
    }

    public String code() {
        return code;
    }

    public BigDecimal ceiling() {
        return ceiling;
    }
}
