package be.groupage.service.infrastructure.persistence.invoicing;

import be.groupage.core.catalogue.CatalogueVersion;
import be.groupage.core.costsplit.SharedCost;
import be.groupage.core.costsplit.Subsidy;
import be.groupage.core.cycle.Cycle;
import be.groupage.core.cycle.CycleStatus;
import be.groupage.core.invoicing.CreditNote;
import be.groupage.core.invoicing.CreditedLine;
import be.groupage.core.invoicing.Invoice;
import be.groupage.core.invoicing.InvoiceLine;
import be.groupage.core.invoicing.InvoiceTotals;
import be.groupage.core.money.Quantity;
import be.groupage.core.money.Unit;
import be.groupage.core.money.VatRate;
import be.groupage.core.payment.StructuredCommunication;
import be.groupage.core.reception.LotPortion;
import be.groupage.core.reception.ReceivedLine;
import be.groupage.core.reception.Reception;
import be.groupage.core.settlement.SettlementMember;
import be.groupage.service.application.document.InvoiceDocument;
import be.groupage.service.application.document.Party;
import be.groupage.service.application.port.invoicing.CycleToInvoice;
import be.groupage.service.application.port.invoicing.InvoiceBook;
import be.groupage.service.application.port.invoicing.InvoiceToCredit;
import be.groupage.service.application.port.invoicing.InvoicingParty;
import be.groupage.service.application.port.invoicing.IssuedInvoice;
import be.groupage.service.application.port.invoicing.RenderedDocument;
import be.groupage.service.infrastructure.persistence.catalogue.CatalogueVersions;
import be.groupage.service.infrastructure.persistence.cycles.JpaCycleRepository;
import be.groupage.service.infrastructure.persistence.jdbc.BinaryStatements;
import be.groupage.service.infrastructure.persistence.jdbc.CycleMemberIds;
import be.groupage.service.infrastructure.persistence.jdbc.DataSourceConfiguration;
import be.groupage.service.infrastructure.persistence.jdbc.MultiRowInsert;
import be.groupage.service.infrastructure.persistence.schema.Address;
import be.groupage.service.infrastructure.persistence.schema.CycleEntity;
import be.groupage.service.infrastructure.persistence.schema.DocumentParties;
import be.groupage.service.infrastructure.persistence.schema.IssuerEntity;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Invoices in {@code invoice}, {@code invoice_line} and {@code stored_document}, and the received cycle
 * they are issued from ({@code delivery}, {@code cycle_allocation}, {@code reception_line}), inside the
 * caller's JTA transaction. The cycle row is read and changed through JPA; the rows that grow with the
 * cycle are read and written with plain JDBC on the same transaction's connection, in batches.
 */
@ApplicationScoped
public class JdbcInvoiceBook implements InvoiceBook {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final int BATCH = 500;

    @PersistenceContext(unitName = "groupage")
    EntityManager em;

    @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
    DataSource dataSource;

    @Inject
    CatalogueVersions versions;

    @Inject
    JpaCycleRepository cycles;

    @Override
    public Optional<CycleToInvoice> lockForInvoicing(long cycleId) {
        CycleEntity c = em.find(CycleEntity.class, cycleId, LockModeType.PESSIMISTIC_WRITE);
        if (c == null) {
            return Optional.empty();
        }
        CatalogueVersion prices = versions.of(c.catalogue());
        Cycle cycle = cycles.restore(c, prices, List.of());
        List<SharedCost> costs = JpaCycleRepository.sharedCosts(c);
        List<Subsidy> subsidies = JpaCycleRepository.subsidies(c);
        LocalDate delivered = Optional.ofNullable(c.transitions().get(CycleStatus.RECEIVED.name()))
                .map(at -> LocalDate.ofInstant(at, BRUSSELS)).orElse(c.deliveryDate());
        if (cycle.status() != CycleStatus.RECEIVED) {
            return Optional.of(new CycleToInvoice(cycle, c.title(), prices, Reception.restore(cycleId, delivered, List.of(), List.of(), List.of(),
                    List.of(), List.of()), costs, subsidies, delivered, DocumentParties.lot(c), Map.of()));
        }
        try (Connection con = dataSource.getConnection()) {
            Reception reception = reception(con, cycleId, delivered, prices);
            Map<String, CycleToInvoice.InvoicedMember> members = members(con, cycleId);
            return Optional.of(new CycleToInvoice(cycle, c.title(), prices, reception, costs, subsidies, delivered, DocumentParties.lot(c), members));
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the reception of cycle " + cycleId + " failed", e);
        }
    }

    /** Every member line of the cycle with what it got, as recorded at reception. */
    private static Reception reception(Connection con, long cycleId, LocalDate distributionDate, CatalogueVersion prices) throws SQLException {
        Set<String> weighed = new HashSet<>();
        try (PreparedStatement s = con.prepareStatement(
                "SELECT DISTINCT product_code FROM reception_line WHERE cycle_id = ? AND member_id IS NOT NULL")) {
            s.setLong(1, cycleId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    weighed.add(r.getString(1));
                }
            }
        }
        // Both tables are read by the cycle alone, without a join, a GROUP BY or an ORDER BY, and put together here: with
        // them, MariaDB grouped a million deliveries in an on-disk temporary table (13 s of issuing a 1,000,000-line
        // cycle) and sorted the allocations (3 s more); read plainly, each is a scan of the cycle's rows of about a second.
        Map<Long, String> memberCodes = memberCodes(con);
        // member|product -> lot -> quantity, the lots in code order
        Map<String, Map<String, BigDecimal>> portions = new HashMap<>();
        try (PreparedStatement s = con.prepareStatement("SELECT member_id, product_code, lot_code, quantity FROM delivery WHERE cycle_id = ?")) {
            s.setLong(1, cycleId);
            s.setFetchSize(BATCH);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    String lot = r.getString(3);
                    portions.computeIfAbsent(code(memberCodes, r.getLong(1)) + '|' + r.getString(2), k -> new TreeMap<>())
                            .merge(lot == null ? "" : lot, r.getBigDecimal(4), BigDecimal::add);
                }
            }
        }
        // product -> its allocations, each product's in member-code order
        Map<String, List<Allocated>> allocations = new TreeMap<>();
        try (PreparedStatement s = con.prepareStatement("SELECT member_id, product_code, ordered, allocated FROM cycle_allocation WHERE cycle_id = ?")) {
            s.setLong(1, cycleId);
            s.setFetchSize(BATCH);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    allocations.computeIfAbsent(r.getString(2), k -> new ArrayList<>())
                            .add(new Allocated(code(memberCodes, r.getLong(1)), r.getBigDecimal(3), r.getBigDecimal(4)));
                }
            }
        }
        List<ReceivedLine> lines = new ArrayList<>();
        for (Map.Entry<String, List<Allocated>> product : allocations.entrySet()) {
            String code = product.getKey();
            Unit unit = CatalogueVersions.unitOf(prices, code);
            List<Allocated> members = product.getValue();
            members.sort(Comparator.comparing(Allocated::memberCode));
            for (Allocated a : members) {
                Map<String, BigDecimal> lots = portions.remove(a.memberCode() + '|' + code);
                lines.add(line(a.memberCode(), code, unit, a.ordered(), a.allocated(), lots, weighed.contains(code)));
            }
        }
        // Deliveries without an allocation row cannot be recorded by the reception; should one be found, it is invoiced all the same.
        for (Map.Entry<String, Map<String, BigDecimal>> rest : new TreeMap<>(portions).entrySet()) {
            String[] key = rest.getKey().split("\\|", 2);
            lines.add(line(key[0], key[1], CatalogueVersions.unitOf(prices, key[1]), BigDecimal.ZERO, BigDecimal.ZERO, rest.getValue(), weighed.contains(key[1])));
        }
        return Reception.restore(cycleId, distributionDate, List.of(), lines, List.of(), List.of(), List.of());
    }

    /** What closing allocated to a member of one product. */
    private record Allocated(String memberCode, BigDecimal ordered, BigDecimal allocated) {
    }

    /** Every member's code by its row id (a platform has some dozens of members, a load run some thousands). */
    private static Map<Long, String> memberCodes(Connection con) throws SQLException {
        Map<Long, String> codes = new HashMap<>();
        try (PreparedStatement s = con.prepareStatement("SELECT id, code FROM member"); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                codes.put(r.getLong(1), r.getString(2));
            }
        }
        return codes;
    }

    private static String code(Map<Long, String> memberCodes, long memberId) {
        String code = memberCodes.get(memberId);
        if (code == null) {
            throw new IllegalStateException("No member with id " + memberId);
        }
        return code;
    }

    private static ReceivedLine line(String member, String product, Unit unit, BigDecimal ordered, BigDecimal allocated,
                                     Map<String, BigDecimal> lots, boolean weighed) {
        List<LotPortion> portions = new ArrayList<>();
        BigDecimal delivered = BigDecimal.ZERO;
        if (lots != null) {
            for (Map.Entry<String, BigDecimal> lot : lots.entrySet()) {
                if (lot.getValue().signum() > 0) {
                    portions.add(LotPortion.of(lot.getKey(), Quantity.of(lot.getValue(), unit)));
                    delivered = delivered.add(lot.getValue());
                }
            }
        }
        return ReceivedLine.restore(member, product, Quantity.of(ordered, unit), Quantity.of(allocated, unit), Quantity.of(delivered, unit),
                weighed, portions);
    }

    /** Every member with a line or an order in the cycle: delivery point, purchase-order number, party. */
    private static Map<String, CycleToInvoice.InvoicedMember> members(Connection con, long cycleId) throws SQLException {
        Map<String, CycleToInvoice.InvoicedMember> members = new TreeMap<>();
        try (PreparedStatement s = con.prepareStatement("SELECT m.code, m.name, m.street, m.postal_code, m.city, m.country, m.kbo, m.vat_number, "
                + "m.email, m.delivery_point, o.purchase_order_ref FROM member m LEFT JOIN member_order o ON o.member_id = m.id AND o.cycle_id = ? "
                + "WHERE m.id IN (SELECT member_id FROM cycle_allocation WHERE cycle_id = ?) OR o.id IS NOT NULL")) {
            s.setLong(1, cycleId);
            s.setLong(2, cycleId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    String code = r.getString(1);
                    Party party = DocumentParties.party(r.getString(2), new Address(r.getString(3), r.getString(4), r.getString(5), r.getString(6)),
                            r.getString(7), r.getString(8), r.getString(9));
                    members.put(code, new CycleToInvoice.InvoicedMember(SettlementMember.of(code, r.getString(10), r.getString(11)), party));
                }
            }
        }
        return members;
    }

    @Override
    public Optional<InvoicingParty> invoicingParty() {
        return Optional.ofNullable(em.find(IssuerEntity.class, IssuerEntity.SINGLETON_ID))
                .map(i -> new InvoicingParty(DocumentParties.issuer(i), DocumentParties.account(i),
                        i.seriesPrefix() == null ? "" : i.seriesPrefix().strip(), i.paymentTermsDays()));
    }

    @Override
    public void saveIssued(long cycleId, List<IssuedInvoice> invoices, Instant at, String by) {
        CycleEntity c = em.find(CycleEntity.class, cycleId);
        Timestamp issuedAt = Timestamp.from(at);
        try (Connection con = dataSource.getConnection()) {
            Map<String, Long> memberIds = CycleMemberIds.of(con, cycleId);
            // Invoices and their audit lines as multi-row INSERTs (a JDBC batch goes out as one INSERT per row).
            try (MultiRowInsert invoice = new MultiRowInsert(con, "invoice", "number", "series", "year", "sequence", "cycle_id", "member_id",
                    "order_reference", "issue_date", "due_date", "delivery_date", "net", "vat", "gross", "prepaid", "payable", "ogm",
                    "issued_at", "issued_by");
                 MultiRowInsert audit = new MultiRowInsert(con, "audit_event", "occurred_at", "actor", "action", "subject_type",
                         "subject_id", "detail")) {
                for (IssuedInvoice issued : invoices) {
                    Invoice i = issued.invoice();
                    InvoiceTotals t = i.totals();
                    Long memberId = memberIds.get(i.memberCode());
                    if (memberId == null) {
                        throw new IllegalStateException("Member " + i.memberCode() + " of cycle " + cycleId + " is not stored");
                    }
                    String ogm = StructuredCommunication.ofBase(i.ogmBase()).formatted();
                    invoice.add(i.number().text(), issued.seriesKey(), i.number().series().year(), i.number().sequence(), cycleId, memberId,
                            i.orderReference().orElse(null), i.issueDate(), i.dueDate(), issued.deliveryDate(), t.net().amount(),
                            t.vat().amount(), t.gross().amount(), t.paidByThirdParties().amount(), t.payable().amount(), ogm, issuedAt, by);
                    audit.add(issuedAt, by, "INVOICE_ISSUED", "invoice", i.number().text(), "cycle " + cycleId + ", member " + i.memberCode()
                            + ", payable " + t.payable().amount().toPlainString() + " EUR, OGM " + ogm);
                }
            }
            insertLines(con, cycleId, invoices);
        } catch (SQLException e) {
            throw new IllegalStateException("Storing the invoices of cycle " + cycleId + " failed", e);
        }
        c.moveTo(CycleStatus.INVOICED.name(), at, by);
        em.flush();
    }

    private static void insertLines(Connection con, long cycleId, List<IssuedInvoice> invoices) throws SQLException {
        // The invoices' ids read back in one query (not a sub-select per line: 9 s for 100,000 lines in the load run's
        // recording, inside the numbering transaction), then the lines as multi-row INSERTs.
        Map<String, Long> ids = new HashMap<>();
        try (PreparedStatement s = con.prepareStatement("SELECT number, id FROM invoice WHERE cycle_id = ?")) {
            s.setLong(1, cycleId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    ids.put(r.getString(1), r.getLong(2));
                }
            }
        }
        try (MultiRowInsert line = new MultiRowInsert(con, "invoice_line", "invoice_id", "position", "kind", "code", "description",
                "quantity", "unit", "unit_price", "vat_rate", "weighed", "net")) {
            for (IssuedInvoice issued : invoices) {
                String number = issued.invoice().number().text();
                Long id = ids.get(number);
                if (id == null) {
                    throw new IllegalStateException("Invoice " + number + " of cycle " + cycleId + " was not stored");
                }
                int position = 0;
                for (InvoiceLine l : issued.invoice().lines()) {
                    line.add(id, position++, l.kind().name(), l.code(), l.description(), l.quantity().amount(), l.quantity().unit().code(),
                            l.unitPrice().amount(), l.vatRate().map(VatRate::percent).orElse(null), l.weighed() ? 1 : 0, l.net().amount());
                }
            }
        }
    }

    @Override
    public void saveDocuments(List<RenderedDocument> documents, Instant at) {
        String sql = "INSERT IGNORE INTO stored_document (kind, number, format, media_type, content, sha256, size_bytes, created_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
        // Over the binary protocol: the documents' bytes are sent as they are, not escaped into the SQL text (910 MB for the
        // 3,000 invoices of a 1,000,000-line cycle, which the driver escaped and MariaDB parsed back).
        try (Connection con = dataSource.getConnection();
             PreparedStatement s = con.isWrapperFor(BinaryStatements.class)
                     ? con.unwrap(BinaryStatements.class).prepareBinary(sql) : con.prepareStatement(sql)) {
            Timestamp createdAt = Timestamp.from(at);
            int n = 0;
            for (RenderedDocument d : documents) {
                s.setString(1, d.kind());
                s.setString(2, d.number());
                s.setString(3, d.format());
                s.setString(4, d.mediaType());
                s.setBytes(5, d.content());
                s.setString(6, d.sha256());
                s.setInt(7, d.content().length);
                s.setTimestamp(8, createdAt);
                s.addBatch();
                if (++n % 100 == 0) {
                    s.executeBatch();
                }
            }
            s.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("Storing " + documents.size() + " document(s) failed", e);
        }
    }

    @Override
    public List<InvoiceDocument> invoicesWithoutDocuments(int max, Instant issuedBefore) {
        List<InvoiceEntity> pending = em.createQuery("SELECT i FROM InvoiceEntity i WHERE i.issuedAt < :before AND (SELECT COUNT(d) "
                        + "FROM StoredDocumentEntity d WHERE d.kind = 'INVOICE' AND d.number = i.number) < 2 ORDER BY i.year, i.sequence",
                        InvoiceEntity.class)
                .setParameter("before", issuedBefore).setMaxResults(max).getResultList();
        if (pending.isEmpty()) {
            return List.of();
        }
        IssuerEntity issuer = em.find(IssuerEntity.class, IssuerEntity.SINGLETON_ID);
        List<InvoiceDocument> documents = new ArrayList<>(pending.size());
        for (InvoiceEntity i : pending) {
            documents.add(new InvoiceDocument(StoredInvoices.toCore(i), DocumentParties.issuer(issuer), DocumentParties.member(i.member()),
                    DocumentParties.account(issuer), i.deliveryDate(), DocumentParties.lot(i.cycle()), i.cycle().title(),
                    Optional.ofNullable(i.member().deliveryPoint())));
        }
        return documents;
    }

    @Override
    public Optional<InvoiceToCredit> lockForCredit(String invoiceNumber) {
        Optional<InvoiceEntity> found = em.createNamedQuery("Invoice.byNumber", InvoiceEntity.class).setParameter("number", invoiceNumber)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        InvoiceEntity i = found.get();
        Invoice invoice = StoredInvoices.toCore(i);
        List<CreditNote> earlier = new ArrayList<>();
        for (CreditNoteEntity n : em.createNamedQuery("CreditNote.ofInvoice", CreditNoteEntity.class).setParameter("invoice", i).getResultList()) {
            earlier.add(StoredInvoices.toCore(n, invoice));
        }
        return Optional.of(new InvoiceToCredit(invoice, earlier, DocumentParties.member(i.member()), i.deliveryDate(), DocumentParties.lot(i.cycle()),
                i.cycle().title()));
    }

    @Override
    public void saveCreditNote(String invoiceNumber, String seriesKey, CreditNote note, String reason, Instant at, String by) {
        InvoiceEntity invoice = em.createNamedQuery("Invoice.byNumber", InvoiceEntity.class).setParameter("number", invoiceNumber)
                .getResultStream().findFirst().orElseThrow(() -> new IllegalStateException("No invoice " + invoiceNumber));
        InvoiceTotals t = note.totals();
        CreditNoteEntity entity = new CreditNoteEntity(note.number().text(), seriesKey, note.number().series().year(), note.number().sequence(),
                invoice, note.issueDate(), reason, t.net().amount(), t.vat().amount(), t.gross().amount(), t.paidByThirdParties().amount(),
                t.payable().amount(), at, by);
        int position = 0;
        for (CreditedLine l : note.creditedLines()) {
            entity.addLine(new CreditNoteLineEntity(entity, position++, l.lineIndex(), l.quantity().amount()));
        }
        em.persist(entity);
        em.flush();
    }
}
