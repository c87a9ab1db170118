package be.groupage.load;

import java.util.Arrays;

/** Request latencies of one step, in nanoseconds, and their percentiles (nearest rank). */
final class Latencies {

    private final long[] nanos;

    Latencies(long[] nanos) {
        this.nanos = nanos.clone();
        Arrays.sort(this.nanos);
    }

    int count() {
        return nanos.length;
    }

    /** The {@code p}-th percentile in milliseconds, nearest rank; 0 with no sample. */
    double percentileMillis(double p) {
        if (nanos.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * nanos.length);
        return nanos[Math.max(0, Math.min(nanos.length - 1, rank - 1))] / 1e6;
    }

    double maxMillis() {
        return nanos.length == 0 ? 0 : nanos[nanos.length - 1] / 1e6;
    }
}
