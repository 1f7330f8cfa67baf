package vn.ansinh.eligibility.bulk;

import java.util.EnumMap;
import java.util.Map;

/**
 * Where one chunk's time went (README, Bulk re-evaluation, "where the time goes"): each lap adds the time since the
 * previous one to a phase. Recorded as {@code ansinh.bulk.chunk.phase} (tag {@code phase}) when the chunk commits.
 */
final class ChunkClock {

    /** The phases of a chunk, in their order; {@code FLOWABLE} is the engine's own work after the step, before the commit. */
    enum Phase {
        LOCK, READ, EVALUATE, COMPARE, SERIALISE, STORE, MARK, FLOWABLE, COMMIT;

        String tag() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final long[] nanos = new long[Phase.values().length];
    private long last = System.nanoTime();

    void lap(Phase phase) {
        long now = System.nanoTime();
        nanos[phase.ordinal()] += now - last;
        last = now;
    }

    /** Moves time measured inside one phase's lap to another (e.g. the sending inside the serialising loop). */
    void move(Phase from, Phase to, long amount) {
        nanos[from.ordinal()] -= amount;
        nanos[to.ordinal()] += amount;
    }

    long nanos(Phase phase) {
        return nanos[phase.ordinal()];
    }

    /** The phases so far, in milliseconds. */
    Map<Phase, Long> millis() {
        Map<Phase, Long> out = new EnumMap<>(Phase.class);
        for (Phase p : Phase.values()) {
            out.put(p, nanos[p.ordinal()] / 1_000_000);
        }
        return out;
    }
}
