package com.icr.tenant;

/**
 * One choice of a {@link SiteDirectory} search: the id the API takes (an account id, a
 * group's name, a project's key, a component's id), what a person reads, and an avatar
 * when the product has one.
 */
public record DirectoryEntry(String id, String label, String avatarUrl) {
}
