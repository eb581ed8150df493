package com.icr.department.internal;

import static com.icr.support.ControllerSlice.CALLER;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icr.core.InvalidInput;
import com.icr.core.NotFound;
import com.icr.department.DepartmentManagement;
import com.icr.support.ControllerSlice;
import com.icr.tenant.SitePermissions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.mock.mockito.MockBean;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * {@code /api/departments}: bad input is a 400 naming the field, only administrators
 * change, another site's id is not found.
 */
@ControllerSlice(DepartmentController.class)
class DepartmentControllerSliceTest {

    @Autowired
    MockMvc mvc;

    @MockBean
    DepartmentManagement departments;

    @MockBean
    SitePermissions permissions;

    @Test
    void aRefusedNameIsA400NamingTheField() throws Exception {
        when(permissions.isAdministrator(CALLER)).thenReturn(true);
        when(departments.create(eq(CALLER.tenantId()), any())).thenThrow(new InvalidInput("name", "input.required"));

        mvc.perform(post("/api/departments").contentType(MediaType.APPLICATION_JSON).content("{\"name\":\" \"}"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.field").value("name"))
            .andExpect(jsonPath("$.message").value("name: is required"))
            .andExpect(jsonPath("$.path").value("/api/departments"));
    }

    @Test
    void aBodyThatIsNotJsonIsA400AndChangesNothing() throws Exception {
        when(permissions.isAdministrator(CALLER)).thenReturn(true);

        mvc.perform(post("/api/departments").contentType(MediaType.APPLICATION_JSON).content("{\"name\":"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.status").value(400));
        verify(departments, never()).create(any(), any());
    }

    @Test
    void aFlagOfTheWrongFormatIsA400NamingIt() throws Exception {
        mvc.perform(get("/api/departments").param("includeArchived", "perhaps"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.field").value("includeArchived"));
    }

    @Test
    void onlyAdministratorsChangeDepartments() throws Exception {
        when(permissions.isAdministrator(CALLER)).thenReturn(false);

        mvc.perform(post("/api/departments").contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"Finance\"}"))
            .andExpect(status().isForbidden())
            .andExpect(jsonPath("$.message").value("Only Jira administrators may change departments."));
        verify(departments, never()).create(any(), any());
    }

    @Test
    void anUnknownIdIsA404() throws Exception {
        when(departments.get(CALLER.tenantId(), "nope")).thenThrow(new NotFound("not-found.department", "nope"));

        mvc.perform(get("/api/departments/nope"))
            .andExpect(status().isNotFound())
            .andExpect(jsonPath("$.message").value("Department nope not found"));
    }

}
