package com.icr.relationship;

/** A department as a relationship names it. */
public record DepartmentRef(String id, String name, boolean archived) {
}
