package be.groupage.core.reception;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The recall question across cycles: which members received lot X, of which product, how much and in
 * which cycle. The service passes the receptions that may hold the lot (e.g. those of the product's
 * supplier since the lot could first have been delivered).
 */
public final class LotRecall {

    private LotRecall() {
    }

    /** Every member line, in any of the receptions, that received lot {@code lotNumber} of {@code productCode}. */
    public static List<LotRecipient> recipientsOf(Collection<Reception> receptions, String productCode, String lotNumber) {
        Objects.requireNonNull(receptions, "receptions");
        List<LotRecipient> found = new ArrayList<>();
        for (Reception reception : receptions) {
            found.addAll(reception.recipientsOf(productCode, lotNumber));
        }
        found.sort(Comparator.comparing(LotRecipient::distributionDate).thenComparingLong(LotRecipient::cycleId)
                .thenComparing(LotRecipient::memberCode));
        return found;
    }
}
