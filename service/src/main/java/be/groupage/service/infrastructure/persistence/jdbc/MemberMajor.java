package be.groupage.service.infrastructure.persistence.jdbc;

import java.util.Arrays;
import java.util.function.IntToLongFunction;

/**
 * The order in which to write a cycle's per-member rows: by member row id, and in the order given within a member.
 *
 * <p>Closing and reception produce their rows product by product, but the tables are keyed member first
 * ({@code (cycle_id, member_id, product_code)} for allocations, {@code (cycle_id, member_id)} for deliveries).
 * Written product by product, each row lands on another page of that key; member by member, the key grows at its
 * end like the primary key. A million allocation rows were written 20–28% faster so (4.7–4.9 s against 5.9–6.8 s,
 * the same rows into the same MariaDB, each order twice).
 */
public final class MemberMajor {

    private static final int INDEX_BITS = 24;
    private static final long MAX_MEMBER_ROW = (1L << (63 - INDEX_BITS)) - 1;

    private MemberMajor() {
    }

    /**
     * The indexes {@code 0 … count - 1} ordered by {@code memberRowOf(index)}, ties in index order; the indexes in
     * order when there are more than 2^24 rows or a member row id beyond 2^39 (the rows are then written as given).
     */
    public static int[] order(int count, IntToLongFunction memberRowOf) {
        int[] order = new int[count];
        if (count >= 1 << INDEX_BITS) {
            Arrays.setAll(order, i -> i);
            return order;
        }
        long[] keys = new long[count];
        for (int i = 0; i < count; i++) {
            long member = memberRowOf.applyAsLong(i);
            if (member < 0 || member > MAX_MEMBER_ROW) {
                Arrays.setAll(order, k -> k);
                return order;
            }
            keys[i] = member << INDEX_BITS | i;
        }
        Arrays.sort(keys);
        long mask = (1L << INDEX_BITS) - 1;
        for (int i = 0; i < count; i++) {
            order[i] = (int) (keys[i] & mask);
        }
        return order;
    }
}
