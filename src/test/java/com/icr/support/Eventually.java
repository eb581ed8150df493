package com.icr.support;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * Waits for work done after the answer (the intake worker), failing with the last value
 * seen.
 */
public final class Eventually {

    private Eventually() {
    }

    public static <T> T await(String what, Supplier<T> value, java.util.function.Predicate<T> done) {
        return await(what, value, done, Duration.ofSeconds(15));
    }

    public static <T> T await(String what, Supplier<T> value, java.util.function.Predicate<T> done, Duration limit) {
        long until = System.nanoTime() + limit.toNanos();
        T last = value.get();
        while (!done.test(last)) {
            if (System.nanoTime() > until) {
                throw new AssertionError("Timed out waiting for " + what + "; last seen: " + last);
            }
            try {
                Thread.sleep(50);
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            last = value.get();
        }
        return last;
    }

}
