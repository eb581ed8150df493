package com.icr.satisfaction;

import java.util.List;

/** A thank-you given at any time, checked by the caller: people, departments, message. */
public record Gift(String from, String fromDepartmentId, String toDepartmentId, List<String> to, String message) {
}
