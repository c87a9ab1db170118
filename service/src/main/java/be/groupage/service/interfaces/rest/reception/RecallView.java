package be.groupage.service.interfaces.rest.reception;

import be.groupage.service.application.reception.ReceptionService;
import be.groupage.service.interfaces.rest.common.Decimals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** Which members received a lot (one step down), with quantities and the cycles it came through. */
public record RecallView(String lot, int memberCount, List<RecipientView> recipients) {

    /** Over its key alone, consistent with equals: JSON-B hashes every object it writes (see {@code OrderView#hashCode}). */
    @Override
    public int hashCode() {
        return Objects.hashCode(lot);
    }

    public record RecipientView(String member, String memberName, String deliveryPoint, String email, long cycle, String cycleTitle,
                                LocalDate deliveryDate, String product, String productName, BigDecimal quantity, String unit,
                                LocalDate useBy, LocalDate bestBefore) {

        /** Over its key alone, consistent with equals: JSON-B hashes every object it writes (see {@code OrderView#hashCode}). */
        @Override
        public int hashCode() {
            return Objects.hashCode(member) * 31 + Long.hashCode(cycle);
        }
    }

    static RecallView of(ReceptionService.Recall recall) {
        List<RecipientView> recipients = recall.recipients().stream().map(r -> new RecipientView(r.memberCode(), r.memberName(),
                r.deliveryPoint(), r.email(), r.cycleId(), r.cycleTitle(), r.deliveryDate(),
                r.product().code(), r.product().name(), Decimals.plain(r.quantity()), r.product().unit().code(), r.useBy(), r.bestBefore()))
                .toList();
        int members = (int) recipients.stream().map(RecipientView::member).distinct().count();
        return new RecallView(recall.lot(), members, recipients);
    }
}
