package com.icr.department;

/** A department's id and name, for axes and pickers. */
public record DepartmentName(String id, String name, boolean archived) {
}
