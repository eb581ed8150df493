package com.icr.objective;

import static com.icr.support.ControllerSlice.ACCOUNT;
import static com.icr.support.ControllerSlice.CALLER;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icr.core.InvalidInput;
import com.icr.core.NotFound;
import com.icr.department.DepartmentManagement;
import com.icr.department.Member;
import com.icr.relationship.RelationshipManagement;
import com.icr.support.ControllerSlice;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.mock.mockito.MockBean;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * {@code /api/objectives}: administrators set them, a refused field is named, another
 * site's id is not found before it is forbidden.
 */
@ControllerSlice(ObjectiveController.class)
class ObjectiveControllerSliceTest {

    @Autowired
    MockMvc mvc;

    @MockBean
    ObjectiveManagement objectives;

    @MockBean
    RelationshipManagement relationships;

    @MockBean
    DepartmentManagement departments;

    @Test
    void onlyAdministratorsSetObjectives() throws Exception {
        when(departments.memberOf(CALLER)).thenReturn(new Member(ACCOUNT, false, Set.of()));

        mvc.perform(post("/api/objectives").contentType(MediaType.APPLICATION_JSON).content("{\"title\":\"Grow\"}"))
            .andExpect(status().isForbidden())
            .andExpect(jsonPath("$.message").value("Only Jira administrators may set corporate objectives."));
        verify(objectives, never()).create(any(), any());
    }

    @Test
    void aRefusedFieldIsA400NamingIt() throws Exception {
        when(objectives.isOwner(CALLER.tenantId(), "o1", ACCOUNT)).thenReturn(true);
        when(objectives.update(eq(CALLER.tenantId()), eq("o1"), any(), any()))
            .thenThrow(new InvalidInput("title", "input.required"));

        mvc.perform(put("/api/objectives/o1").contentType(MediaType.APPLICATION_JSON).content("{\"title\":\"\"}"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.field").value("title"));
    }

    @Test
    void anotherSitesObjectiveIsNotFoundBeforeItIsForbidden() throws Exception {
        when(objectives.get(CALLER.tenantId(), "elsewhere"))
            .thenThrow(new NotFound("not-found.objective", "elsewhere"));

        mvc.perform(delete("/api/objectives/elsewhere")).andExpect(status().isNotFound());
        verifyNoInteractions(departments);
    }

    @Test
    void linksThatAreNoListAreA400() throws Exception {
        mvc.perform(put("/api/relationships/r1/objectives").contentType(MediaType.APPLICATION_JSON)
            .content("{\"objectiveIds\":{}}")).andExpect(status().isBadRequest());
        verify(objectives, never()).link(any(), any(), any());
    }

}
