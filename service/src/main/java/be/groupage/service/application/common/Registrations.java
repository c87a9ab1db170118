package be.groupage.service.application.common;

import java.math.BigDecimal;

/** What a coordinator sends to register parties and accounts (validated by the use cases). */
public final class Registrations {

    private Registrations() {
    }

    public record AddressInput(String street, String postalCode, String city, String country) {
    }

    public record NewMember(String code, String name, String kind, String kbo, String vatNumber, AddressInput address,
                            String deliveryPoint, String email) {
    }

    public record NewSupplier(String code, String name, String kbo, String vatNumber, String iban, String bic,
                              AddressInput address, String email, BigDecimal minimumOrderValue) {
    }

    public record NewUser(String login, String password, String role, String member, String supplier) {
    }

    public record IssuerSettings(String name, String kbo, String vatNumber, String iban, String bic, AddressInput address,
                                 String email, String seriesPrefix, Integer paymentTermsDays) {
    }

    /**
     * What a party that invoices or is paid must give: KBO number, Belgian VAT number, IBAN, optional BIC,
     * postal address and optional e-mail.
     */
    public static void checkInvoicingIdentity(InputChecks checks, String kbo, String vatNumber, String iban, String bic,
                                       AddressInput address, String email) {
        checks.kbo("kbo", kbo);
        if (checks.required("vatNumber", vatNumber)) {
            checks.optionalVatNumber("vatNumber", vatNumber);
        }
        checks.iban("iban", iban);
        checks.optionalBic("bic", bic);
        checkAddress(checks, "address", address);
        checks.optionalEmail("email", email);
    }

    public static void checkAddress(InputChecks checks, String field, AddressInput address) {
        if (!checks.required(field, address)) {
            return;
        }
        checks.required(field + ".street", address.street());
        checks.maxLength(field + ".street", address.street(), 200);
        checks.required(field + ".postalCode", address.postalCode());
        checks.maxLength(field + ".postalCode", address.postalCode(), 10);
        checks.required(field + ".city", address.city());
        checks.maxLength(field + ".city", address.city(), 100);
        checks.country(field + ".country", address.country());
    }
}
