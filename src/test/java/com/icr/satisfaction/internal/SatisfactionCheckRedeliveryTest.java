package com.icr.satisfaction.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.icr.request.RequestChanged;
import com.icr.tenant.TenantId;
import java.lang.reflect.Field;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A redelivered issue event changes nothing of a check, so the check's version stays and
 * an answer given at the same moment is not refused as a concurrent change.
 */
class SatisfactionCheckRedeliveryTest {

    private final TenantId tenant = new TenantId(UUID.randomUUID().toString());

    private final Instant resolved = Instant.parse("2026-11-02T10:00:00Z");

    private RequestChanged change(String assignee) {
        return new RequestChanged(tenant, "10001", "FIN-1", "FIN", "finance", "sales", "557058:rita", assignee,
                resolved, false, resolved);
    }

    @Test
    void theSameEventAgainLeavesTheCheckUntouched() throws Exception {
        SatisfactionCheck check = new SatisfactionCheck(change("557058:alan"), resolved,
                SatisfactionPolicy.defaults(tenant), resolved);
        Instant before = updatedAt(check);

        check.follow(change("557058:alan"), resolved.plusSeconds(60));

        assertThat(updatedAt(check)).isEqualTo(before);
    }

    @Test
    void anIssueThatMovedIsAChange() throws Exception {
        SatisfactionCheck check = new SatisfactionCheck(change("557058:alan"), resolved,
                SatisfactionPolicy.defaults(tenant), resolved);

        check.follow(new RequestChanged(tenant, "10001", "SAL-7", "SAL", "finance", "sales", "557058:rita",
                "557058:alan", resolved, false, resolved), resolved.plusSeconds(60));

        assertThat(updatedAt(check)).isEqualTo(resolved.plusSeconds(60));
    }

    private static Instant updatedAt(SatisfactionCheck check) throws Exception {
        Field field = SatisfactionCheck.class.getDeclaredField("updatedAt");
        field.setAccessible(true);
        return (Instant) field.get(check);
    }

}
