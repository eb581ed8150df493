package com.icr.relationship.internal;

import static com.icr.support.ControllerSlice.ACCOUNT;
import static com.icr.support.ControllerSlice.CALLER;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
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
import com.icr.core.NotPermitted;
import com.icr.relationship.RelationshipManagement;
import com.icr.support.ControllerSlice;
import com.icr.tenant.SitePermissions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.mock.mockito.MockBean;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * {@code /api/relationships}: refusals of the agreement's rules as 400/403, another
 * site's id as 404 before 403, a lost race as 409.
 */
@ControllerSlice(RelationshipController.class)
class RelationshipControllerSliceTest {

    @Autowired
    MockMvc mvc;

    @MockBean
    RelationshipManagement relationships;

    @MockBean
    SitePermissions permissions;

    @Test
    void aDepartmentRelatedToItselfIsA400NamingTheField() throws Exception {
        when(permissions.isAdministrator(CALLER)).thenReturn(true);
        when(relationships.create(any(), any(), any())).thenThrow(new InvalidInput("customerId", "input.own-customer"));

        mvc.perform(post("/api/relationships").contentType(MediaType.APPLICATION_JSON)
            .content("{\"providerId\":\"a\",\"customerId\":\"a\"}"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.field").value("customerId"));
    }

    @Test
    void aNonOwnerWhoIsNoAdministratorMayNotChangeIt() throws Exception {
        when(relationships.isOwner(CALLER.tenantId(), "r1", ACCOUNT)).thenReturn(false);
        when(permissions.isAdministrator(CALLER)).thenReturn(false);

        mvc.perform(put("/api/relationships/r1").contentType(MediaType.APPLICATION_JSON).content("{}"))
            .andExpect(status().isForbidden());
        verify(relationships, never()).update(any(), any(), any(), any(), anyBoolean());
    }

    @Test
    void anotherSitesIdIsNotFoundBeforeItIsForbidden() throws Exception {
        when(relationships.get(CALLER.tenantId(), "elsewhere"))
            .thenThrow(new NotFound("not-found.relationship", "elsewhere"));

        mvc.perform(delete("/api/relationships/elsewhere")).andExpect(status().isNotFound());
        verifyNoInteractions(permissions);
    }

    @Test
    void confirmingWithoutADraftIsA400AndByANonOwnerA403() throws Exception {
        when(relationships.confirm(CALLER.tenantId(), "r1", ACCOUNT))
            .thenThrow(new InvalidInput("version", "input.no-draft", 2, "agreed"));
        mvc.perform(post("/api/relationships/r1/confirmations"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.field").value("version"));

        when(relationships.confirm(CALLER.tenantId(), "r2", ACCOUNT))
            .thenThrow(new NotPermitted("not-permitted.confirm-owners"));
        mvc.perform(post("/api/relationships/r2/confirmations")).andExpect(status().isForbidden());
    }

    @Test
    void aConcurrentChangeIsA409() throws Exception {
        when(relationships.isOwner(CALLER.tenantId(), "r1", ACCOUNT)).thenReturn(true);
        when(relationships.update(any(), any(), any(), any(), anyBoolean()))
            .thenThrow(new OptimisticLockingFailureException("version 3"));

        mvc.perform(put("/api/relationships/r1").contentType(MediaType.APPLICATION_JSON).content("{}"))
            .andExpect(status().isConflict())
            .andExpect(
                    jsonPath("$.message").value("Someone changed this at the same moment; load it again and retry."));
    }

}
