package com.icr.relationship;

import java.util.List;

/** The agreement part of a relationship request; checked by {@link AgreementTerms#of}. */
public record AgreementRequest(List<String> deliverables, String expectations, String customerGivesBack,
                               ServiceTarget serviceTarget) {
}
