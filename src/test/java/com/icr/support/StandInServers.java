package com.icr.support;

import com.sun.net.httpserver.HttpServer;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * The JDK's HTTP server behind each stand-in: {@link FakeJira}, {@link KeyServer},
 * {@link BrowserHostPage}.
 */
final class StandInServers {

    private StandInServers() {
    }

    /**
     * Starts it with a daemon dispatcher thread (a thread is a daemon when the thread
     * that creates it is), so that a stand-in never keeps a JVM alive: a benchmark's JVM
     * ends when its main method returns, as a test JVM does.
     */
    static void startInBackground(HttpServer server) {
        FutureTask<Void> start = new FutureTask<>(server::start, null);
        Thread starter = new Thread(start, "stand-in-start");
        starter.setDaemon(true);
        starter.start();
        try {
            start.get();
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

}
