package be.groupage.core.pooling;

/**
 * How the pooled demand for a product becomes a whole number of cases. {@code Q} is the total ordered,
 * {@code M} the total of the members' maxima (a line without a maximum counts its quantity), {@code c}
 * the case size and {@code k} the minimum number of cases (at least 1).
 */
public enum CaseRounding {
    /**
     * Only full cases: {@code n = floor(Q / c)}, or 0 when that is under {@code k}. Members never get
     * more than they ordered; the shortfall {@code Q − n·c} is shared out by the allocation strategy.
     */
    ROUND_DOWN,
    /**
     * Enough cases for everyone: {@code n = max(ceil(Q / c), k)}. Every member gets what it ordered;
     * the surplus {@code n·c − Q} is reported as platform stock.
     */
    ROUND_UP,
    /**
     * Fill cases within the members' stated maxima, never beyond: round up to {@code ceil(Q / c)} when
     * {@code ceil(Q / c)·c ≤ M}, else down to {@code floor(Q / c)}; when that is under {@code k}, take
     * {@code k} cases if {@code k·c ≤ M}, else none. Going up, the extra above what was ordered is shared
     * out within each member's headroom (maximum − ordered) by the allocation strategy; going down,
     * the shortfall is shared as under {@link #ROUND_DOWN}.
     */
    TOLERANCE
}
