package com.icr.department.internal;

import com.icr.department.DepartmentRequest;
import com.icr.department.ProjectMapping;
import com.icr.core.ProjectKey;
import com.icr.core.AccountId;
import com.icr.core.InvalidInput;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A department's fields once checked: every rule of what a department may hold, in one
 * place.
 */
public record DepartmentDraft(String name, String description, String leadAccountId, List<ProjectMapping> projects,
        List<String> groups) {

    static final int MAX_NAME = 120;

    private static final Pattern COMPONENT_ID = Pattern.compile("[0-9]{1,18}");

    public static DepartmentDraft of(DepartmentRequest request) {
        if (request == null) {
            throw new InvalidInput("name", "input.required");
        }
        String name = request.name() == null ? "" : request.name().strip();
        if (name.isEmpty()) {
            throw new InvalidInput("name", "input.required");
        }
        if (name.length() > MAX_NAME) {
            throw new InvalidInput("name", "input.too-long", MAX_NAME);
        }
        if (name.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInput("name", "input.control-characters");
        }
        String description = Objects.requireNonNullElse(request.description(), "").strip();
        if (description.length() > 4000) {
            throw new InvalidInput("description", "input.too-long", 4000);
        }
        String lead = AccountId.valueOf("leadAccountId", request.leadAccountId());
        List<ProjectMapping> projects = new ArrayList<>();
        for (ProjectMapping project : Objects.requireNonNullElse(request.projects(), List.<ProjectMapping>of())) {
            String key = ProjectKey.parse("projects", project == null ? null : project.projectKey()).value();
            String component = blankToNull(project.componentId());
            if (component != null && !COMPONENT_ID.matcher(component).matches()) {
                throw new InvalidInput("projects", "input.component-id", key);
            }
            ProjectMapping mapping = new ProjectMapping(key, component);
            if (!projects.contains(mapping)) {
                projects.add(mapping);
            }
        }
        if (projects.size() > 100) {
            throw new InvalidInput("projects", "input.too-many-projects", 100);
        }
        LinkedHashSet<String> groups = new LinkedHashSet<>();
        for (String group : Objects.requireNonNullElse(request.groups(), List.<String>of())) {
            String g = group == null ? "" : group.strip();
            if (g.isEmpty() || g.length() > 255) {
                throw new InvalidInput("groups", "input.group-name");
            }
            groups.add(g);
        }
        if (groups.size() > 100) {
            throw new InvalidInput("groups", "input.too-many-groups");
        }
        return new DepartmentDraft(name, description, lead, List.copyOf(projects), List.copyOf(groups));
    }

    /** Just a name, as a CSV import creates a department it has not seen. */
    public static DepartmentDraft named(String name) {
        return of(new DepartmentRequest(name, "", null, List.of(), List.of()));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
