package vn.ansinh.bench;

import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Follows a background job from a benchmark: polls its status twice a second until it no longer runs, prints a line
 * every 10 s (seconds since {@code t0} first), and samples the heap each time for the peak the benchmark reports.
 */
final class JobFollower<S> {

    private long peak;
    private S last;

    S follow(long t0, Supplier<S> status, Predicate<S> running, Function<S, String> line) throws InterruptedException {
        long lastPrint = 0;
        do {
            Thread.sleep(500);
            last = status.get();
            Runtime rt = Runtime.getRuntime();
            peak = Math.max(peak, rt.totalMemory() - rt.freeMemory());
            if (System.nanoTime() - lastPrint > 10e9) {
                lastPrint = System.nanoTime();
                System.out.printf("  %5.1f s: %s%n", (System.nanoTime() - t0) / 1e9, line.apply(last));
            }
        } while (running.test(last));
        return last;
    }

    /** The largest heap in use seen while following, in bytes. */
    long peak() {
        return peak;
    }
}
