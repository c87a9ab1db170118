package be.groupage.service.infrastructure.documents;

import be.groupage.core.invoicing.InvoiceComputation;
import be.groupage.core.invoicing.InvoiceLine;
import be.groupage.core.invoicing.InvoiceTotals;
import be.groupage.core.invoicing.LineKind;
import be.groupage.core.invoicing.VatBreakdown;
import be.groupage.core.money.Money;
import be.groupage.core.money.VatRate;
import be.groupage.service.application.document.CreditNoteDocument;
import be.groupage.service.application.document.InvoiceDocument;
import be.groupage.service.application.document.Party;
import com.helger.ubl21.UBL21Marshaller;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.AddressType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.BillingReferenceType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.BranchType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.CountryType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.CreditNoteLineType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.CustomerPartyType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.DeliveryType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.DocumentReferenceType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.FinancialAccountType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.InvoiceLineType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.ItemIdentificationType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.ItemType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.MonetaryTotalType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.OrderReferenceType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PartyLegalEntityType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PartyNameType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PartyTaxSchemeType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PartyType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PaymentMeansType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PaymentTermsType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PriceType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.SupplierPartyType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.TaxCategoryType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.TaxSchemeType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.TaxSubtotalType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.TaxTotalType;
import oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.CompanyIDType;
import oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.CreditedQuantityType;
import oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.EndpointIDType;
import oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.InvoicedQuantityType;
import oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.LineExtensionAmountType;
import oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.NoteType;
import oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.PayableAmountType;
import oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.PrepaidAmountType;
import oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.PriceAmountType;
import oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.TaxAmountType;
import oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.TaxExclusiveAmountType;
import oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.TaxInclusiveAmountType;
import oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.TaxableAmountType;
import oasis.names.specification.ubl.schema.xsd.creditnote_21.CreditNoteType;
import oasis.names.specification.ubl.schema.xsd.invoice_21.InvoiceType;

import javax.xml.transform.stream.StreamResult;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Peppol BIS Billing 3.0 documents (UBL 2.1, EN 16931), built as ph-ubl objects and marshalled by JAXB:
 * an {@code Invoice} (type 380) per issued invoice and a {@code CreditNote} (type 381) per credit note.
 *
 * <p>Mapping: the member's purchase order goes to {@code OrderReference} and {@code BuyerReference}
 * (the member code when it gave none, as Peppol needs one of them); the framework agreement to
 * {@code ContractDocumentReference} (its lot in a note); both parties are identified by their
 * enterprise number (endpoint and legal entity, scheme 0208); payment by SEPA credit transfer (code 58)
 * to the issuer's IBAN with the OGM's twelve digits as {@code PaymentID}. The VAT breakdown, line nets
 * and totals are core's {@link InvoiceComputation}. Subsidy lines are not invoice lines: the subsidy is
 * consideration paid by a third party, outside neither base nor VAT, so it is the
 * {@code PrepaidAmount} (BT-113) that lowers {@code PayableAmount}; a note names it.
 * Stateless and thread-safe.
 */
public final class UblWriter {

    static final String CUSTOMIZATION = "urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0";
    static final String PROFILE = "urn:fdc:peppol.eu:2017:poacc:billing:01:1.0";
    static final String KBO_SCHEME = "0208";
    private static final String CURRENCY = "EUR";

    /** The UBL Invoice of an issued invoice, UTF-8 XML. */
    public byte[] invoice(InvoiceDocument doc) {
        var invoice = doc.invoice();
        InvoiceType ubl = new InvoiceType();
        ubl.setCustomizationID(CUSTOMIZATION);
        ubl.setProfileID(PROFILE);
        ubl.setID(invoice.number().text());
        ubl.setIssueDate(invoice.issueDate());
        ubl.setDueDate(invoice.dueDate());
        ubl.setInvoiceTypeCode("380");
        notes(doc.invoice().lines(), doc.cycleName(), doc.lot().map(l -> "Accord-cadre " + l.agreementNumber() + ", lot " + l.lotNumber()))
                .forEach(ubl::addNote);
        ubl.setDocumentCurrencyCode(CURRENCY);
        ubl.setBuyerReference(invoice.orderReference().filter(s -> !s.isBlank()).orElse(invoice.memberCode()));
        invoice.orderReference().filter(s -> !s.isBlank()).ifPresent(po -> ubl.setOrderReference(orderReference(po)));
        doc.lot().ifPresent(l -> ubl.addContractDocumentReference(reference(l.agreementNumber(), null)));
        ubl.setAccountingSupplierParty(supplier(doc.seller()));
        ubl.setAccountingCustomerParty(customer(doc.buyer()));
        ubl.addDelivery(delivery(doc.deliveryDate()));

        PaymentMeansType means = new PaymentMeansType();
        means.setPaymentMeansCode("58").setName("SEPA credit transfer");
        means.addPaymentID(new oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.PaymentIDType(doc.ogm().digits()));
        FinancialAccountType account = new FinancialAccountType();
        account.setID(doc.account().iban().electronic());
        account.setName(doc.seller().name());
        doc.account().bic().ifPresent(bic -> {
            BranchType branch = new BranchType();
            branch.setID(bic.code());
            account.setFinancialInstitutionBranch(branch);
        });
        means.setPayeeFinancialAccount(account);
        ubl.addPaymentMeans(means);
        PaymentTermsType terms = new PaymentTermsType();
        terms.addNote(new NoteType("Paiement au plus tard le " + FrenchFormat.date(invoice.dueDate())
                + " avec la communication structurée " + doc.ogm().formatted()));
        ubl.addPaymentTerms(terms);

        InvoiceComputation computation = invoice.computation();
        ubl.addTaxTotal(taxTotal(computation));
        ubl.setLegalMonetaryTotal(monetaryTotal(computation.totals()));
        int id = 1;
        for (InvoiceLine line : invoice.lines()) {
            if (line.kind() == LineKind.SUBSIDY) {
                continue;
            }
            InvoiceLineType l = new InvoiceLineType();
            l.setID(Integer.toString(id++));
            InvoicedQuantityType q = new InvoicedQuantityType(line.quantity().amount());
            q.setUnitCode(line.quantity().unit().code());
            l.setInvoicedQuantity(q);
            l.setLineExtensionAmount(amount(new LineExtensionAmountType(), line.net()));
            l.setItem(item(line));
            l.setPrice(price(line));
            ubl.addInvoiceLine(l);
        }
        return write(ubl);
    }

    /** The UBL CreditNote of a credit note, UTF-8 XML. */
    public byte[] creditNote(CreditNoteDocument doc) {
        var note = doc.note();
        var invoice = doc.invoice();
        CreditNoteType ubl = new CreditNoteType();
        ubl.setCustomizationID(CUSTOMIZATION);
        ubl.setProfileID(PROFILE);
        ubl.setID(note.number().text());
        ubl.setIssueDate(note.issueDate());
        ubl.setCreditNoteTypeCode("381");
        notes(note.lines(), "Motif : " + doc.reason() + " ; " + doc.cycleName(), doc.lot().map(l -> "Accord-cadre " + l.agreementNumber() + ", lot " + l.lotNumber()))
                .forEach(ubl::addNote);
        ubl.setDocumentCurrencyCode(CURRENCY);
        ubl.setBuyerReference(invoice.orderReference().filter(s -> !s.isBlank()).orElse(invoice.memberCode()));
        invoice.orderReference().filter(s -> !s.isBlank()).ifPresent(po -> ubl.setOrderReference(orderReference(po)));
        BillingReferenceType billing = new BillingReferenceType();
        DocumentReferenceType invoiceRef = reference(invoice.number().text(), invoice.issueDate());
        billing.setInvoiceDocumentReference(invoiceRef);
        ubl.addBillingReference(billing);
        doc.lot().ifPresent(l -> ubl.addContractDocumentReference(reference(l.agreementNumber(), null)));
        ubl.setAccountingSupplierParty(supplier(doc.seller()));
        ubl.setAccountingCustomerParty(customer(doc.buyer()));
        ubl.addDelivery(delivery(doc.deliveryDate()));
        InvoiceComputation computation = note.computation();
        ubl.addTaxTotal(taxTotal(computation));
        ubl.setLegalMonetaryTotal(monetaryTotal(computation.totals()));
        int id = 1;
        for (InvoiceLine line : note.lines()) {
            if (line.kind() == LineKind.SUBSIDY) {
                continue;
            }
            CreditNoteLineType l = new CreditNoteLineType();
            l.setID(Integer.toString(id++));
            CreditedQuantityType q = new CreditedQuantityType(line.quantity().amount());
            q.setUnitCode(line.quantity().unit().code());
            l.setCreditedQuantity(q);
            l.setLineExtensionAmount(amount(new LineExtensionAmountType(), line.net()));
            l.setItem(item(line));
            l.setPrice(price(line));
            ubl.addCreditNoteLine(l);
        }
        return write(ubl);
    }

    /** The one document-level note Peppol allows: cycle, lot and the subsidies paid by third parties. */
    private static java.util.List<NoteType> notes(java.util.List<InvoiceLine> lines, String lead, Optional<String> lot) {
        java.util.List<NoteType> notes = new java.util.ArrayList<>(1);
        StringBuilder sb = new StringBuilder(lead);
        lot.ifPresent(l -> sb.append(" ; ").append(l));
        for (InvoiceLine line : lines) {
            if (line.kind() == LineKind.SUBSIDY) {
                sb.append(" ; subside payé par un tiers (montant prépayé) : ").append(line.description()).append(' ')
                        .append(line.net().negate().amount().setScale(2, RoundingMode.HALF_UP).toPlainString()).append(" EUR");
            }
        }
        notes.add(new NoteType(sb.toString()));
        return notes;
    }

    private static OrderReferenceType orderReference(String po) {
        OrderReferenceType order = new OrderReferenceType();
        order.setID(po);
        return order;
    }

    private static DocumentReferenceType reference(String id, LocalDate issueDate) {
        DocumentReferenceType ref = new DocumentReferenceType();
        ref.setID(id);
        if (issueDate != null) {
            ref.setIssueDate(issueDate);
        }
        return ref;
    }

    private static DeliveryType delivery(LocalDate date) {
        DeliveryType delivery = new DeliveryType();
        delivery.setActualDeliveryDate(date);
        return delivery;
    }

    private static SupplierPartyType supplier(Party seller) {
        SupplierPartyType s = new SupplierPartyType();
        s.setParty(party(seller));
        return s;
    }

    private static CustomerPartyType customer(Party buyer) {
        CustomerPartyType c = new CustomerPartyType();
        c.setParty(party(buyer));
        return c;
    }

    private static PartyType party(Party p) {
        PartyType party = new PartyType();
        EndpointIDType endpoint = new EndpointIDType(p.kbo().digits());
        endpoint.setSchemeID(KBO_SCHEME);
        party.setEndpointID(endpoint);
        PartyNameType name = new PartyNameType();
        name.setName(p.name());
        party.addPartyName(name);
        AddressType address = new AddressType();
        address.setStreetName(p.street());
        address.setCityName(p.city());
        address.setPostalZone(p.postalCode());
        CountryType country = new CountryType();
        country.setIdentificationCode(p.countryCode());
        address.setCountry(country);
        party.setPostalAddress(address);
        p.vatNumber().ifPresent(vat -> {
            PartyTaxSchemeType tax = new PartyTaxSchemeType();
            tax.setCompanyID(vat);
            tax.setTaxScheme(vatScheme());
            party.addPartyTaxScheme(tax);
        });
        PartyLegalEntityType legal = new PartyLegalEntityType();
        legal.setRegistrationName(p.name());
        CompanyIDType kbo = new CompanyIDType(p.kbo().digits());
        kbo.setSchemeID(KBO_SCHEME);
        legal.setCompanyID(kbo);
        party.addPartyLegalEntity(legal);
        return party;
    }

    private static TaxSchemeType vatScheme() {
        TaxSchemeType scheme = new TaxSchemeType();
        scheme.setID("VAT");
        return scheme;
    }

    /** Category S (standard rate) for a positive rate, Z (zero rated goods) for 0 %. */
    private static TaxCategoryType category(VatRate rate) {
        TaxCategoryType category = new TaxCategoryType();
        category.setID(rate.percent().signum() == 0 ? "Z" : "S");
        category.setPercent(rate.percent());
        category.setTaxScheme(vatScheme());
        return category;
    }

    private static TaxTotalType taxTotal(InvoiceComputation computation) {
        TaxTotalType total = new TaxTotalType();
        total.setTaxAmount(amount(new TaxAmountType(), computation.totals().vat()));
        for (VatBreakdown b : computation.vatBreakdown()) {
            TaxSubtotalType sub = new TaxSubtotalType();
            sub.setTaxableAmount(amount(new TaxableAmountType(), b.base()));
            sub.setTaxAmount(amount(new TaxAmountType(), b.vat()));
            sub.setTaxCategory(category(b.rate()));
            total.addTaxSubtotal(sub);
        }
        return total;
    }

    private static MonetaryTotalType monetaryTotal(InvoiceTotals t) {
        MonetaryTotalType total = new MonetaryTotalType();
        total.setLineExtensionAmount(amount(new LineExtensionAmountType(), t.net()));
        total.setTaxExclusiveAmount(amount(new TaxExclusiveAmountType(), t.net()));
        total.setTaxInclusiveAmount(amount(new TaxInclusiveAmountType(), t.gross()));
        if (t.paidByThirdParties().isPositive()) {
            total.setPrepaidAmount(amount(new PrepaidAmountType(), t.paidByThirdParties()));
        }
        total.setPayableAmount(amount(new PayableAmountType(), t.payable()));
        return total;
    }

    private static ItemType item(InvoiceLine line) {
        ItemType item = new ItemType();
        item.setName(line.kind() == LineKind.COST_SHARE ? "Quote-part : " + line.description() : line.description());
        if (line.kind() == LineKind.GOODS) {
            ItemIdentificationType seller = new ItemIdentificationType();
            seller.setID(line.code());
            item.setSellersItemIdentification(seller);
        }
        item.addClassifiedTaxCategory(classified(line.vatRate().orElseThrow()));
        return item;
    }

    private static oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.TaxCategoryType classified(VatRate rate) {
        return category(rate);
    }

    private static PriceType price(InvoiceLine line) {
        PriceType price = new PriceType();
        PriceAmountType amount = new PriceAmountType(plain(line.unitPrice().amount()));
        amount.setCurrencyID(CURRENCY);
        price.setPriceAmount(amount);
        return price;
    }

    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 2 ? value.setScale(2, RoundingMode.UNNECESSARY) : stripped;
    }

    private static <T extends com.helger.xsds.ccts.cct.schemamodule.AmountType> T amount(T type, Money money) {
        type.setValue(money.amount().setScale(2, RoundingMode.HALF_UP));
        type.setCurrencyID(CURRENCY);
        return type;
    }

    // The XSD is not re-checked on every write (.setUseSchema(false)): JAXB then marshalled through a validating
    // fork, much of the UBL share of issuing a cycle's invoices in a flight recording of the load run;
    // UblWriterTest validates what this writes against the UBL XSD and the Peppol BIS 3.0 rules instead.
    // Written to a StreamResult, JAXB encodes the UTF-8 itself; to an OutputStream, ph-jaxb would pass every
    // element and character through its own XMLStreamWriter (a quarter of issuing's rendering samples).
    private static byte[] write(InvoiceType ubl) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
        if (UBL21Marshaller.invoice().setUseSchema(false).setCharset(StandardCharsets.UTF_8).setFormattedOutput(true).setIndentString("  ").write(ubl, new StreamResult(out)).isFailure()) {
            throw new IllegalStateException("UBL invoice " + ubl.getIDValue() + " could not be written");
        }
        return out.toByteArray();
    }

    private static byte[] write(CreditNoteType ubl) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
        if (UBL21Marshaller.creditNote().setUseSchema(false).setCharset(StandardCharsets.UTF_8).setFormattedOutput(true).setIndentString("  ").write(ubl, new StreamResult(out)).isFailure()) {
            throw new IllegalStateException("UBL credit note " + ubl.getIDValue() + " could not be written");
        }
        return out.toByteArray();
    }
}
