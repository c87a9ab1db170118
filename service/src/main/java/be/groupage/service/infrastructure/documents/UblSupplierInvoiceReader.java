package be.groupage.service.infrastructure.documents;

import be.groupage.core.money.Money;
import be.groupage.core.money.VatRate;
import be.groupage.core.purchasing.AllowanceCharge;
import be.groupage.core.purchasing.DeclaredTotals;
import be.groupage.core.purchasing.DeclaredVat;
import be.groupage.core.purchasing.SupplierInvoice;
import be.groupage.core.purchasing.SupplierInvoiceLine;
import be.groupage.service.application.port.supplierinvoices.SupplierInvoiceReader;
import com.helger.ubl21.UBL21Marshaller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.xml.bind.ValidationEvent;
import jakarta.xml.bind.ValidationEventLocator;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.AllowanceChargeType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.InvoiceLineType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.ItemType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.MonetaryTotalType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PartyIdentificationType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PartyLegalEntityType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PartyNameType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PartyTaxSchemeType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PartyType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.TaxCategoryType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.TaxSubtotalType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.TaxTotalType;
import oasis.names.specification.ubl.schema.xsd.invoice_21.InvoiceType;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Reads the cooperative's invoice from its Peppol BIS Billing 3.0 file (UBL 2.1 {@code Invoice}) into core's
 * {@link SupplierInvoice}, in three steps, each reporting every error it finds: the bytes must be well-formed
 * XML without a document type declaration (no entity is ever expanded), checked by a hardened SAX parser, with
 * the line and column of the fault; the document must be valid against the UBL 2.1 Invoice schema, checked by
 * ph-ubl while it unmarshals, with line and column; then the elements the match needs must be there and make
 * sense (an {@code Invoice} of type 380 or 384 in EUR, lines with quantity, unit, price, VAT category and net,
 * document allowances and charges with their VAT category, one VAT breakdown and the monetary totals), each error naming its element path, e.g.
 * {@code Invoice/InvoiceLine[2]/Price/PriceAmount}. The EN 16931 and Peppol business rules (schematron) are not
 * applied here: what matters to the platform, the figures, is what the three-way match checks.
 * Stateless and thread-safe.
 */
@ApplicationScoped
public class UblSupplierInvoiceReader implements SupplierInvoiceReader {

    private static final Set<String> INVOICE_TYPES = Set.of("380", "384");
    private static final int MAX_ERRORS = 100;

    @Override
    public ReadInvoice read(byte[] ubl) {
        List<FileError> errors = new ArrayList<>();
        wellFormed(ubl, errors);
        if (!errors.isEmpty()) {
            return ReadInvoice.failed(errors);
        }
        InvoiceType invoice = UBL21Marshaller.invoice().setValidationEventHandler(event -> {
            if (errors.size() < MAX_ERRORS) {
                errors.add(error(event));
            }
            return event.getSeverity() != ValidationEvent.FATAL_ERROR;
        }).read(ubl);
        if (!errors.isEmpty()) {
            return ReadInvoice.failed(errors);
        }
        if (invoice == null) {
            return ReadInvoice.failed(List.of(FileError.at("Invoice", "the file is not a UBL 2.1 Invoice (a CreditNote or another document?)")));
        }
        return new Mapping(invoice).read();
    }

    private static FileError error(ValidationEvent event) {
        ValidationEventLocator at = event.getLocator();
        Optional<Integer> line = Optional.ofNullable(at).map(ValidationEventLocator::getLineNumber).filter(n -> n > 0);
        Optional<Integer> column = Optional.ofNullable(at).map(ValidationEventLocator::getColumnNumber).filter(n -> n > 0);
        String message = event.getMessage() == null ? "is not valid UBL 2.1" : event.getMessage();
        return new FileError("Invoice", line, column, "is not a valid UBL 2.1 Invoice: " + message);
    }

    /** Well-formed, no DOCTYPE (so no entity of any kind), else the parser's fault with its line and column. */
    private static void wellFormed(byte[] ubl, List<FileError> errors) {
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.newSAXParser().parse(new ByteArrayInputStream(ubl), new DefaultHandler());
        } catch (SAXParseException e) {
            errors.add(new FileError("body", Optional.of(e.getLineNumber()).filter(n -> n > 0), Optional.of(e.getColumnNumber()).filter(n -> n > 0),
                    "is not well-formed XML: " + e.getMessage()));
        } catch (SAXException | IOException e) {
            errors.add(FileError.at("body", "is not well-formed XML: " + e.getMessage()));
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("No hardened XML parser", e);
        }
    }

    /** From the ph-ubl objects to core's model, collecting an error per missing or senseless element. */
    private static final class Mapping {
        private final InvoiceType ubl;
        private final List<FileError> errors = new ArrayList<>();

        Mapping(InvoiceType ubl) {
            this.ubl = ubl;
        }

        ReadInvoice read() {
            String number = text("Invoice/ID", ubl.getIDValue());
            LocalDate issueDate = required("Invoice/IssueDate", ubl.getIssueDate() == null ? null : ubl.getIssueDateValueLocal());
            Optional<LocalDate> dueDate = Optional.ofNullable(ubl.getDueDate()).map(d -> ubl.getDueDateValueLocal());
            String type = ubl.getInvoiceTypeCodeValue();
            if (type == null || !INVOICE_TYPES.contains(type.strip())) {
                errors.add(FileError.at("Invoice/InvoiceTypeCode", "is 380 (commercial invoice) or 384 (corrected invoice), not "
                        + (type == null ? "absent" : "'" + type + "'") + "; a credit note is a CreditNote document"));
            }
            String currency = ubl.getDocumentCurrencyCodeValue();
            if (currency == null || !SupplierInvoice.CURRENCY.equals(currency.strip())) {
                errors.add(FileError.at("Invoice/DocumentCurrencyCode", "is " + SupplierInvoice.CURRENCY + ", the currency the platform pays in, not "
                        + (currency == null ? "absent" : "'" + currency + "'")));
            }
            Optional<String> orderReference = Optional.ofNullable(ubl.getOrderReference()).map(r -> r.getIDValue())
                    .map(String::strip).filter(r -> !r.isEmpty());
            String seller = "";
            List<String> identifiers = new ArrayList<>();
            if (ubl.getAccountingSupplierParty() == null || ubl.getAccountingSupplierParty().getParty() == null) {
                errors.add(FileError.at("Invoice/AccountingSupplierParty/Party", "is required: the seller"));
            } else {
                PartyType party = ubl.getAccountingSupplierParty().getParty();
                seller = sellerName(party);
                identifiers = identifiers(party);
            }
            List<SupplierInvoiceLine> lines = new ArrayList<>();
            if (ubl.getInvoiceLine().isEmpty()) {
                errors.add(FileError.at("Invoice/InvoiceLine", "is required: an invoice has at least one line"));
            }
            for (int i = 0; i < ubl.getInvoiceLine().size(); i++) {
                line(i, ubl.getInvoiceLine().get(i)).ifPresent(lines::add);
            }
            List<AllowanceCharge> allowanceCharges = new ArrayList<>();
            for (int i = 0; i < ubl.getAllowanceCharge().size(); i++) {
                allowanceCharge(i, ubl.getAllowanceCharge().get(i)).ifPresent(allowanceCharges::add);
            }
            List<DeclaredVat> vats = new ArrayList<>();
            Money vat = vatBreakdown(vats);
            DeclaredTotals totals = totals(vat);
            if (!errors.isEmpty()) {
                return ReadInvoice.failed(errors);
            }
            return ReadInvoice.of(new SupplierInvoice(number.strip(), issueDate, dueDate, SupplierInvoice.CURRENCY, orderReference, seller,
                    identifiers, lines, allowanceCharges, vats, totals));
        }

        private static String sellerName(PartyType party) {
            for (PartyLegalEntityType legal : party.getPartyLegalEntity()) {
                if (legal.getRegistrationNameValue() != null && !legal.getRegistrationNameValue().isBlank()) {
                    return legal.getRegistrationNameValue().strip();
                }
            }
            for (PartyNameType name : party.getPartyName()) {
                if (name.getNameValue() != null && !name.getNameValue().isBlank()) {
                    return name.getNameValue().strip();
                }
            }
            return "";
        }

        private static List<String> identifiers(PartyType party) {
            List<String> ids = new ArrayList<>();
            if (party.getEndpointIDValue() != null) {
                ids.add(party.getEndpointIDValue().strip());
            }
            for (PartyIdentificationType id : party.getPartyIdentification()) {
                if (id.getIDValue() != null) {
                    ids.add(id.getIDValue().strip());
                }
            }
            for (PartyTaxSchemeType tax : party.getPartyTaxScheme()) {
                if (tax.getCompanyIDValue() != null) {
                    ids.add(tax.getCompanyIDValue().strip());
                }
            }
            for (PartyLegalEntityType legal : party.getPartyLegalEntity()) {
                if (legal.getCompanyIDValue() != null) {
                    ids.add(legal.getCompanyIDValue().strip());
                }
            }
            return ids;
        }

        private Optional<SupplierInvoiceLine> line(int index, InvoiceLineType l) {
            String at = "Invoice/InvoiceLine[" + (index + 1) + "]";
            int before = errors.size();
            String id = Optional.ofNullable(l.getIDValue()).map(String::strip).orElse(String.valueOf(index + 1));
            BigDecimal quantity = required(at + "/InvoicedQuantity", l.getInvoicedQuantity() == null ? null : l.getInvoicedQuantity().getValue());
            String unit = l.getInvoicedQuantity() == null ? null : l.getInvoicedQuantity().getUnitCode();
            if (l.getInvoicedQuantity() != null && (unit == null || unit.isBlank())) {
                errors.add(FileError.at(at + "/InvoicedQuantity/@unitCode", "is required: the UN/ECE Rec 20 unit, e.g. KGM or H87"));
            }
            BigDecimal net = required(at + "/LineExtensionAmount", l.getLineExtensionAmountValue());
            ItemType item = l.getItem();
            Optional<String> sellerItem = Optional.empty();
            Optional<String> gtin = Optional.empty();
            String name = "";
            TaxCategoryType tax = null;
            if (item == null) {
                errors.add(FileError.at(at + "/Item", "is required"));
            } else {
                name = Optional.ofNullable(item.getNameValue()).map(String::strip).orElse("");
                sellerItem = Optional.ofNullable(item.getSellersItemIdentification()).map(s -> s.getIDValue()).map(String::strip).filter(s -> !s.isEmpty());
                gtin = Optional.ofNullable(item.getStandardItemIdentification()).map(s -> s.getIDValue()).map(String::strip).filter(s -> !s.isEmpty());
                if (item.getClassifiedTaxCategory().isEmpty()) {
                    errors.add(FileError.at(at + "/Item/ClassifiedTaxCategory", "is required: the line's VAT category and rate"));
                } else {
                    tax = item.getClassifiedTaxCategory().get(0);
                }
            }
            VatRate rate = tax == null ? null : rate(at + "/Item/ClassifiedTaxCategory", tax);
            BigDecimal price = null;
            BigDecimal base = BigDecimal.ONE;
            if (l.getPrice() == null) {
                errors.add(FileError.at(at + "/Price", "is required"));
            } else {
                price = required(at + "/Price/PriceAmount", l.getPrice().getPriceAmountValue());
                if (price != null && price.signum() < 0) {
                    errors.add(FileError.at(at + "/Price/PriceAmount", "must not be negative: " + price.toPlainString()));
                }
                if (l.getPrice().getBaseQuantity() != null && l.getPrice().getBaseQuantityValue() != null) {
                    base = l.getPrice().getBaseQuantityValue();
                    if (base.signum() <= 0) {
                        errors.add(FileError.at(at + "/Price/BaseQuantity", "is above 0: " + base.toPlainString()));
                    }
                }
            }
            if (errors.size() > before) {
                return Optional.empty();
            }
            return Optional.of(new SupplierInvoiceLine(index + 1, id, sellerItem, gtin, name, quantity, unit.strip(), price, base,
                    tax.getIDValue().strip(), rate, Money.euros(net)));
        }

        private Optional<AllowanceCharge> allowanceCharge(int index, AllowanceChargeType ac) {
            String at = "Invoice/AllowanceCharge[" + (index + 1) + "]";
            BigDecimal amount = required(at + "/Amount", ac.getAmountValue());
            if (ac.getChargeIndicator() == null) {
                errors.add(FileError.at(at + "/ChargeIndicator", "is required: true for a charge, false for an allowance"));
            }
            VatRate rate = null;
            if (ac.getTaxCategory().isEmpty()) {
                errors.add(FileError.at(at + "/TaxCategory", "is required: the VAT category and rate of the allowance or charge"));
            } else {
                rate = rate(at + "/TaxCategory", ac.getTaxCategory().get(0));
            }
            if (amount == null || rate == null || ac.getChargeIndicator() == null) {
                return Optional.empty();
            }
            String reason = ac.getAllowanceChargeReason().isEmpty() || ac.getAllowanceChargeReason().get(0).getValue() == null ? ""
                    : ac.getAllowanceChargeReason().get(0).getValue().strip();
            return Optional.of(new AllowanceCharge(ac.isChargeIndicatorValue(false), Money.euros(amount), rate, reason));
        }

        private VatRate rate(String at, TaxCategoryType tax) {
            if (tax.getIDValue() == null || tax.getIDValue().isBlank()) {
                errors.add(FileError.at(at + "/ID", "is required: the VAT category (S, Z, E, AE…)"));
                return null;
            }
            BigDecimal percent = tax.getPercentValue() == null ? BigDecimal.ZERO : tax.getPercentValue();
            try {
                return VatRate.ofPercent(percent);
            } catch (IllegalArgumentException e) {
                errors.add(FileError.at(at + "/Percent", e.getMessage()));
                return null;
            }
        }

        /** The VAT breakdown of the one TaxTotal that has subtotals (a second one, in another currency, has none). */
        private Money vatBreakdown(List<DeclaredVat> vats) {
            List<TaxTotalType> withSubtotals = ubl.getTaxTotal().stream().filter(t -> !t.getTaxSubtotal().isEmpty()).toList();
            if (withSubtotals.size() != 1) {
                errors.add(FileError.at("Invoice/TaxTotal", "is required once with its TaxSubtotal per VAT category and rate, found "
                        + withSubtotals.size()));
                return Money.zero();
            }
            TaxTotalType total = withSubtotals.get(0);
            BigDecimal amount = required("Invoice/TaxTotal/TaxAmount", total.getTaxAmountValue());
            for (int i = 0; i < total.getTaxSubtotal().size(); i++) {
                TaxSubtotalType s = total.getTaxSubtotal().get(i);
                String at = "Invoice/TaxTotal/TaxSubtotal[" + (i + 1) + "]";
                BigDecimal base = required(at + "/TaxableAmount", s.getTaxableAmountValue());
                BigDecimal vat = required(at + "/TaxAmount", s.getTaxAmountValue());
                VatRate rate = null;
                if (s.getTaxCategory() == null) {
                    errors.add(FileError.at(at + "/TaxCategory", "is required"));
                } else {
                    rate = rate(at + "/TaxCategory", s.getTaxCategory());
                }
                if (base != null && vat != null && rate != null) {
                    vats.add(new DeclaredVat(s.getTaxCategory().getIDValue().strip(), rate, Money.euros(base), Money.euros(vat)));
                }
            }
            return amount == null ? Money.zero() : Money.euros(amount);
        }

        private DeclaredTotals totals(Money vat) {
            MonetaryTotalType t = ubl.getLegalMonetaryTotal();
            String at = "Invoice/LegalMonetaryTotal";
            if (t == null) {
                errors.add(FileError.at(at, "is required: the document totals"));
                return null;
            }
            BigDecimal lines = required(at + "/LineExtensionAmount", t.getLineExtensionAmountValue());
            BigDecimal exclusive = required(at + "/TaxExclusiveAmount", t.getTaxExclusiveAmountValue());
            BigDecimal inclusive = required(at + "/TaxInclusiveAmount", t.getTaxInclusiveAmountValue());
            BigDecimal payable = required(at + "/PayableAmount", t.getPayableAmountValue());
            if (lines == null || exclusive == null || inclusive == null || payable == null) {
                return null;
            }
            return new DeclaredTotals(Money.euros(lines), optional(t::getAllowanceTotalAmountValue), optional(t::getChargeTotalAmountValue),
                    Money.euros(exclusive), vat, Money.euros(inclusive), optional(t::getPrepaidAmountValue),
                    optional(t::getPayableRoundingAmountValue), Money.euros(payable));
        }

        private static Money optional(Supplier<BigDecimal> amount) {
            return amount.get() == null ? Money.zero() : Money.euros(amount.get());
        }

        private <T> T required(String element, T value) {
            if (value == null) {
                errors.add(FileError.at(element, "is required"));
            }
            return value;
        }

        private String text(String element, String value) {
            if (value == null || value.isBlank()) {
                errors.add(FileError.at(element, "is required"));
                return "";
            }
            return value;
        }
    }
}
