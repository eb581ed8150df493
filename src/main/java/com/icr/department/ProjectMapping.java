package com.icr.department;

/** A Jira project, optionally narrowed to one of its components, whose work a department provides. */
public record ProjectMapping(String projectKey, String componentId) {
}
