package be.groupage.service.infrastructure.persistence.catalogue;

import be.groupage.core.catalogue.Gtin;
import be.groupage.core.catalogue.Label;
import be.groupage.core.catalogue.Product;
import be.groupage.core.money.Unit;
import be.groupage.service.infrastructure.persistence.schema.CatalogueEntity;
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
import jakarta.persistence.Table;

import java.math.BigDecimal;

/** A product as listed in one catalogue version (prices of a version never change). */
@Entity
@Table(name = "product")
public class ProductEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "catalogue_id")
    private CatalogueEntity catalogue;
    @Column(nullable = false)
    private String code;
    @Column(nullable = false)
    private String name;
    private String producer;
    private String origin;
    @Column(name = "distance_km")
    private Integer distanceKm;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Label label;
    private String category;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Unit unit;
    @Column(name = "case_size", nullable = false)
    private BigDecimal caseSize;
    @Column(nullable = false)
    private BigDecimal price;
    @Column(name = "vat_rate", nullable = false)
    private BigDecimal vatRate;
    @Column(name = "variable_weight", nullable = false)
    private boolean variableWeight;
    @Column(nullable = false)
    private boolean chilled;
    private String gtin;
    @Column(name = "min_cases", nullable = false)
    private int minCases;
    @Column(name = "piece_weight_kg")
    private BigDecimal pieceWeightKg;

    protected ProductEntity() {
    }

    @SuppressWarnings("java:S107") // a catalogue line has this many columns
    public ProductEntity(CatalogueEntity catalogue, String code, String name, String producer, String origin,
                         Integer distanceKm, String label, String category, String unit, BigDecimal caseSize,
                         BigDecimal price, BigDecimal vatRate, boolean variableWeight, boolean chilled, String gtin,
                         int minCases, BigDecimal pieceWeightKg) {
        this(catalogue, code, name, producer, origin, distanceKm, Label.valueOf(label), category, Unit.valueOf(unit), caseSize,
                price, vatRate, variableWeight, chilled, gtin, minCases, pieceWeightKg);
    }

    @SuppressWarnings("java:S107") // a catalogue line has this many columns
    public ProductEntity(CatalogueEntity catalogue, String code, String name, String producer, String origin,
                         Integer distanceKm, Label label, String category, Unit unit, BigDecimal caseSize,
                         BigDecimal price, BigDecimal vatRate, boolean variableWeight, boolean chilled, String gtin,
                         int minCases, BigDecimal pieceWeightKg) {
        this.catalogue = catalogue;
        this.code = code;
        this.name = name;
        this.producer = producer;
        this.origin = origin;
        this.distanceKm = distanceKm;
        this.label = label;
        this.category = category;
        this.unit = unit;
        this.caseSize = caseSize;
        this.price = price;
        this.vatRate = vatRate;
        this.variableWeight = variableWeight;
        this.chilled = chilled;
        this.gtin = gtin;
        this.minCases = minCases;
        this.pieceWeightKg = pieceWeightKg;
    }

    /** The row of a product of the catalogue version (empty texts stored as {@code NULL}). */
    public static ProductEntity of(CatalogueEntity catalogue, Product p) {
        return new ProductEntity(catalogue, p.code(), p.name(), emptyToNull(p.producer()), emptyToNull(p.origin()),
                p.distanceKm().isPresent() ? p.distanceKm().getAsInt() : null, p.label(), emptyToNull(p.category()),
                p.unit(), p.caseSize().amount(), p.price().amount(), p.vatRate().percent(), p.variableWeight(),
                p.chilled(), p.gtin().map(Gtin::value).orElse(null), p.minimumCases(), p.kgPerPiece().orElse(null));
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    public Long id() {
        return id;
    }

    public CatalogueEntity catalogue() {
        return catalogue;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String producer() {
        return producer;
    }

    public String origin() {
        return origin;
    }

    public Integer distanceKm() {
        return distanceKm;
    }

    /** The label's name ({@code ORGANIC}, {@code REASONED}, {@code NONE}). */
    public String label() {
        return label.name();
    }

    public Label productLabel() {
        return label;
    }

    public String category() {
        return category;
    }

    /** The selling unit's UN/ECE Rec 20 code. */
    public String unit() {
        return unit.code();
    }

    public Unit sellingUnit() {
        return unit;
    }

    public BigDecimal caseSize() {
        return caseSize;
    }

    public BigDecimal price() {
        return price;
    }

    public BigDecimal vatRate() {
        return vatRate;
    }

    public boolean variableWeight() {
        return variableWeight;
    }

    public boolean chilled() {
        return chilled;
    }

    public String gtin() {
        return gtin;
    }

    public int minCases() {
        return minCases;
    }

    /** The weight of one piece in kg; null when the catalogue gives none. */
    public BigDecimal pieceWeightKg() {
        return pieceWeightKg;
    }
}
