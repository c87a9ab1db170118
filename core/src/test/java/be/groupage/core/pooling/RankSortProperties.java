package be.groupage.core.pooling;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The fast rank sort gives exactly the order of {@link MemberLine#RANK}. */
class RankSortProperties {

    @Provide
    Arbitrary<List<MemberLine>> lines() {
        Arbitrary<Instant> at = Arbitraries.oneOf(
                Arbitraries.longs().between(0, 5).map(s -> Instant.parse("2026-03-02T09:00:00Z").plusMillis(s)),
                Arbitraries.longs().between(0, 3_000_000_000L).map(n -> Instant.parse("2026-03-02T09:00:00Z").plusNanos(n)),
                Arbitraries.of(Instant.MIN, Instant.MAX, Instant.EPOCH));
        return Combinators.combine(at, Arbitraries.of("A", "B", "C"), Arbitraries.integers().between(1, 3), Arbitraries.integers().between(0, 2).injectNull(0.5))
                .as((t, m, q, extra) -> MemberLine.of("P", m, t, BigDecimal.valueOf(q), extra == null ? null : BigDecimal.valueOf(q + extra)))
                .list().ofMaxSize(200);
    }

    @Property(tries = 2000)
    void sorts_exactly_like_the_rank(@ForAll("lines") List<MemberLine> lines) {
        MemberLine[] fast = lines.toArray(new MemberLine[0]);
        MemberLine[] reference = lines.toArray(new MemberLine[0]);

        Pooling.sortByRank(fast);
        Arrays.sort(reference, MemberLine.RANK);

        assertThat(fast).containsExactly(reference);
    }
}
