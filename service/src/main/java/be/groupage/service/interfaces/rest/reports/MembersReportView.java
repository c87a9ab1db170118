package be.groupage.service.interfaces.rest.reports;

import be.groupage.service.application.reports.ReportService;
import be.groupage.service.interfaces.rest.common.Decimals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Purchases per member over a period (cycles delivered in it): kilograms (kg, g, litres as 1 kg; pieces
 * count 0 as the catalogue has no weight per piece), value excl. VAT of what was delivered, and the
 * organic and short-circuit (producer named: at most one intermediary) shares of that value in percent.
 */
public record MembersReportView(LocalDate from, LocalDate to, List<Line> members, Line total) {

    /** Over its key alone, consistent with equals: JSON-B hashes every object it writes (see {@code OrderView#hashCode}). */
    @Override
    public int hashCode() {
        return Objects.hash(from, to);
    }

    public record Line(String member, String name, int cycles, BigDecimal kilograms, BigDecimal value, BigDecimal organicPercent,
                       BigDecimal shortCircuitPercent) {

        /** Over its key alone, consistent with equals: JSON-B hashes every object it writes (see {@code OrderView#hashCode}). */
        @Override
        public int hashCode() {
            return Objects.hashCode(member);
        }

        static Line of(ReportService.MemberFigures f) {
            return new Line(f.member().map(ReportService.ReportedMember::code).orElse(null),
                    f.member().map(ReportService.ReportedMember::name).orElse(null), f.cycles(),
                    Decimals.plain(f.kilograms()), Decimals.money(f.value().amount()), f.organicPercent(), f.shortCircuitPercent());
        }
    }

    static MembersReportView of(ReportService.MembersReport r) {
        return new MembersReportView(r.from(), r.to(), r.members().stream().map(Line::of).toList(), Line.of(r.total()));
    }
}
