package com.icr.intake;

import com.icr.intake.internal.IntakeWorker;
import java.time.Clock;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Another app node's intake worker on the same database, for tests of what runs once
 * across nodes.
 */
public final class OtherNode implements AutoCloseable {

    private final IntakeWorker worker;

    public OtherNode(ApplicationContext context) {
        worker = new IntakeWorker(context.getBean(JdbcTemplate.class),
                context.getBean(PlatformTransactionManager.class), context.getBeanProvider(DeliveryHandler.class),
                context.getBean(Clock.class), 2, IntakeWorker.LEASE);
    }

    /** Works off what is due now, on this thread; how many deliveries it worked. */
    public int drain() {
        return worker.drain();
    }

    @Override
    public void close() throws InterruptedException {
        worker.stop();
    }

}
