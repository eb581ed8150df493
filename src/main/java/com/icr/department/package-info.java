/**
 * Departments: the teams and functions that serve each other, with the Jira projects (and
 * components) whose work they provide and the groups whose members belong to them.
 */
package com.icr.department;
