package com.icr.relationship;

import java.time.Instant;
import java.util.List;

/** One version of an agreement as the API shows it. */
public record AgreementView(int version, AgreementStatus status, List<String> deliverables, String expectations,
                            String customerGivesBack, ServiceTarget serviceTarget, String createdBy, Instant createdAt,
                            String providerConfirmedBy, Instant providerConfirmedAt,
                            String customerConfirmedBy, Instant customerConfirmedAt) {
}
