package com.icr.request.internal;

import com.icr.tenant.TenantId;
import java.time.Instant;
import java.util.UUID;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * A span of time an internal request spent in one workflow status, as the app saw it:
 * from the event that showed it there to the one that showed it elsewhere (open while it
 * is still there). The service clocks leave out the spans of the statuses their calendar
 * pauses in (waiting for the customer).
 */
@Entity
@Table(name = "request_status_period")
class StatusPeriod {

    @Id
    private String id;

    @Column(name = "tenant_id", nullable = false)
    private TenantId tenantId;

    @Column(name = "status_id")
    private String statusId;

    @Column(name = "status_name")
    private String statusName;

    @Column(name = "entered_at", nullable = false)
    private Instant enteredAt;

    @Column(name = "left_at")
    private Instant leftAt;

    protected StatusPeriod() {
    }

    StatusPeriod(TenantId tenantId, String statusId, String statusName, Instant enteredAt) {
        this.id = UUID.randomUUID().toString();
        this.tenantId = tenantId;
        this.statusId = statusId;
        this.statusName = statusName;
        this.enteredAt = enteredAt;
    }

    boolean isOpen() {
        return leftAt == null;
    }

    void left(Instant at) {
        leftAt = at.isBefore(enteredAt) ? enteredAt : at;
    }

    StatusSpan span() {
        return new StatusSpan(statusId, statusName, enteredAt, leftAt);
    }

}
