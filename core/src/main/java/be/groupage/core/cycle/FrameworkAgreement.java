package be.groupage.core.cycle;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A framework agreement of a central purchasing body with a supplier: its number (quoted on invoices),
 * validity period (inclusive dates) and lots, each with a ceiling in value.
 */
public record FrameworkAgreement(String number, String supplierCode, LocalDate validFrom, LocalDate validTo, List<Lot> lots) {

    public FrameworkAgreement {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(supplierCode, "supplierCode");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(validTo, "validTo");
        lots = List.copyOf(Objects.requireNonNull(lots, "lots"));
        if (validTo.isBefore(validFrom)) {
            throw new IllegalArgumentException("Framework agreement " + number + " ends before it starts");
        }
        Map<String, Lot> seen = new LinkedHashMap<>();
        for (Lot lot : lots) {
            if (seen.put(lot.number(), lot) != null) {
                throw new IllegalArgumentException("Framework agreement " + number + " has lot " + lot.number() + " twice");
            }
        }
    }

    public static FrameworkAgreement of(String number, String supplierCode, LocalDate validFrom, LocalDate validTo, List<Lot> lots) {
        return new FrameworkAgreement(number, supplierCode, validFrom, validTo, lots);
    }

    public Optional<Lot> lot(String lotNumber) {
        return lots.stream().filter(l -> l.number().equals(lotNumber)).findFirst();
    }

    public boolean isValidOn(LocalDate date) {
        return !date.isBefore(validFrom) && !date.isAfter(validTo);
    }
}
