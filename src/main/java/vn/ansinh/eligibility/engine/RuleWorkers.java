package vn.ansinh.eligibility.engine;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The bounded pool of threads that fire rules, so that a caller (a web request, a batch job) can give up on an
 * evaluation after its time limit without its own thread being held. The rule sandbox refuses loops, so a stopped
 * evaluation ends at the next rule firing once its session is halted.
 */
public final class RuleWorkers implements AutoCloseable {

    private static final RuleWorkers SHARED = new RuleWorkers(Math.max(2, Runtime.getRuntime().availableProcessors() * 2));

    private final ThreadPoolExecutor pool;

    public RuleWorkers(int threads) {
        AtomicInteger n = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(threads * 64),
                r -> {
                    Thread t = new Thread(r, "rule-worker-" + n.incrementAndGet());
                    t.setDaemon(true);
                    // Drools resolves classes through the context loader; a worker first started from a pool thread
                    // (parallel streams, a packaged app's launcher) would otherwise miss the application's classes
                    t.setContextClassLoader(RuleWorkers.class.getClassLoader());
                    return t;
                });
        pool.allowCoreThreadTimeOut(true);
    }

    /** The pool used by engines built without one (tests, benchmarks). */
    static RuleWorkers shared() {
        return SHARED;
    }

    /** Runs {@code work} on a worker; after {@code limits.timeout()} calls {@code onTimeout} and throws. */
    <T> T run(Supplier<T> work, EvaluationLimits limits, Runnable onTimeout, Supplier<String> firing) {
        Future<T> future;
        try {
            future = pool.submit(work::get);
        } catch (RejectedExecutionException e) {
            throw EvaluationLimitException.busy();
        }
        try {
            return future.get(limits.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            String rule = firing.get();
            onTimeout.run();
            future.cancel(true);
            throw EvaluationLimitException.timedOut(limits.timeout().toMillis(), rule);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            future.cancel(true);
            throw EvaluationLimitException.interrupted();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
