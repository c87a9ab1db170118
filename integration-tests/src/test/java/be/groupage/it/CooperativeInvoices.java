package be.groupage.it;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/** The cooperative's invoices as it sends them: Peppol BIS 3.0 UBL built from a cycle's purchase order. */
final class CooperativeInvoices {

    private CooperativeInvoices() {
    }

    /** What the cooperative invoices: quantity and net price per product code. */
    record Invoiced(String quantity, String price) {
    }

    /**
     * The cooperative's Peppol BIS 3.0 invoice for the cycle, built from its purchase order (names, units, VAT
     * rates) with the given quantities and prices; nets, VAT per rate and totals computed by the rule.
     */
    static String ubl(Api coordinator, long cycle, String number, String sellerKbo, Map<String, Invoiced> invoiced) {
        JsonNode po = coordinator.get("/api/cycles/" + cycle + "/purchase-order", "application/json").json();
        StringBuilder lines = new StringBuilder();
        Map<BigDecimal, BigDecimal> bases = new TreeMap<>();
        BigDecimal net = BigDecimal.ZERO;
        int n = 0;
        for (JsonNode l : po.path("lines")) {
            Invoiced i = invoiced.get(l.path("code").asText());
            if (i == null) {
                continue;
            }
            BigDecimal quantity = new BigDecimal(i.quantity());
            BigDecimal price = new BigDecimal(i.price());
            BigDecimal lineNet = quantity.multiply(price).setScale(2, RoundingMode.HALF_UP);
            BigDecimal rate = l.path("vatRate").decimalValue();
            bases.merge(rate, lineNet, BigDecimal::add);
            net = net.add(lineNet);
            lines.append("""
                      <cac:InvoiceLine>
                        <cbc:ID>%d</cbc:ID>
                        <cbc:InvoicedQuantity unitCode="%s">%s</cbc:InvoicedQuantity>
                        <cbc:LineExtensionAmount currencyID="EUR">%s</cbc:LineExtensionAmount>
                        <cac:Item>
                          <cbc:Name>%s</cbc:Name>
                          <cac:SellersItemIdentification><cbc:ID>%s</cbc:ID></cac:SellersItemIdentification>
                          <cac:ClassifiedTaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>%s</cbc:Percent><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:ClassifiedTaxCategory>
                        </cac:Item>
                        <cac:Price><cbc:PriceAmount currencyID="EUR">%s</cbc:PriceAmount></cac:Price>
                      </cac:InvoiceLine>
                    """.formatted(++n, l.path("unit").asText(), i.quantity(), lineNet.toPlainString(), l.path("name").asText(), l.path("code").asText(),
                    rate.toPlainString(), i.price()));
        }
        StringBuilder subtotals = new StringBuilder();
        BigDecimal vat = BigDecimal.ZERO;
        for (Map.Entry<BigDecimal, BigDecimal> e : bases.entrySet()) {
            BigDecimal v = e.getValue().multiply(e.getKey()).movePointLeft(2).setScale(2, RoundingMode.HALF_UP);
            vat = vat.add(v);
            subtotals.append("""
                    <cac:TaxSubtotal><cbc:TaxableAmount currencyID="EUR">%s</cbc:TaxableAmount><cbc:TaxAmount currencyID="EUR">%s</cbc:TaxAmount>
                      <cac:TaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>%s</cbc:Percent><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:TaxCategory>
                    </cac:TaxSubtotal>
                    """.formatted(e.getValue().toPlainString(), v.toPlainString(), e.getKey().toPlainString()));
        }
        BigDecimal gross = net.add(vat);
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
                         xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
                         xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
                  <cbc:CustomizationID>urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0</cbc:CustomizationID>
                  <cbc:ProfileID>urn:fdc:peppol.eu:2017:poacc:billing:01:1.0</cbc:ProfileID>
                  <cbc:ID>%s</cbc:ID>
                  <cbc:IssueDate>%s</cbc:IssueDate>
                  <cbc:DueDate>%s</cbc:DueDate>
                  <cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>
                  <cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>
                  <cbc:BuyerReference>%s</cbc:BuyerReference>
                  <cac:OrderReference><cbc:ID>%s</cbc:ID></cac:OrderReference>
                  <cac:AccountingSupplierParty><cac:Party>
                    <cbc:EndpointID schemeID="0208">%s</cbc:EndpointID>
                    <cac:PostalAddress><cbc:CityName>Namur</cbc:CityName><cac:Country><cbc:IdentificationCode>BE</cbc:IdentificationCode></cac:Country></cac:PostalAddress>
                    <cac:PartyTaxScheme><cbc:CompanyID>BE%s</cbc:CompanyID><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:PartyTaxScheme>
                    <cac:PartyLegalEntity><cbc:RegistrationName>Coopérative Paysans-Artisans du Namurois SCRL</cbc:RegistrationName></cac:PartyLegalEntity>
                  </cac:Party></cac:AccountingSupplierParty>
                  <cac:AccountingCustomerParty><cac:Party>
                    <cbc:EndpointID schemeID="0208">0202239951</cbc:EndpointID>
                    <cac:PostalAddress><cbc:CityName>Namur</cbc:CityName><cac:Country><cbc:IdentificationCode>BE</cbc:IdentificationCode></cac:Country></cac:PostalAddress>
                    <cac:PartyLegalEntity><cbc:RegistrationName>Distri-denrées</cbc:RegistrationName></cac:PartyLegalEntity>
                  </cac:Party></cac:AccountingCustomerParty>
                  <cac:TaxTotal>
                    <cbc:TaxAmount currencyID="EUR">%s</cbc:TaxAmount>
                %s  </cac:TaxTotal>
                  <cac:LegalMonetaryTotal>
                    <cbc:LineExtensionAmount currencyID="EUR">%s</cbc:LineExtensionAmount>
                    <cbc:TaxExclusiveAmount currencyID="EUR">%s</cbc:TaxExclusiveAmount>
                    <cbc:TaxInclusiveAmount currencyID="EUR">%s</cbc:TaxInclusiveAmount>
                    <cbc:PayableAmount currencyID="EUR">%s</cbc:PayableAmount>
                  </cac:LegalMonetaryTotal>
                %s</Invoice>
                """.formatted(number, LocalDate.now(), LocalDate.now().plusDays(30), "CYCLE-" + cycle, "CYCLE-" + cycle, sellerKbo, sellerKbo,
                vat.toPlainString(), subtotals, net.toPlainString(), net.toPlainString(), gross.toPlainString(), gross.toPlainString(), lines);
    }
}
