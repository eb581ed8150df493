package com.icr.department;

/**
 * What {@code DELETE /api/departments/{id}} did: deleted it, or archived it because
 * something refers to it.
 */
public enum DepartmentRemoval {

    DELETED, ARCHIVED

}
