package com.icr.satisfaction.internal;

import java.util.List;

import com.icr.request.IssueTracker;

import static com.icr.support.ControllerSlice.ACCOUNT;
import static com.icr.support.ControllerSlice.CALLER;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icr.core.ConflictingState;
import com.icr.core.InvalidInput;
import com.icr.core.NotPermitted;
import com.icr.core.OverLimit;
import com.icr.department.DepartmentManagement;
import com.icr.request.RequestManagement;
import com.icr.support.ControllerSlice;
import com.icr.tenant.IssueAccess;
import com.icr.tenant.SitePermissions;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.mock.mockito.MockBean;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An issue's satisfaction checks and the site's policy: a check id of the wrong shape is
 * not found, each refusal of a check's rules has its status (400 naming the field, 403,
 * 409, 429 with its wait), and only administrators change the policy.
 */
@ControllerSlice({ SatisfactionController.class, PolicyController.class })
class SatisfactionControllerSliceTest {

    private static final String CHECK = "0b5e3c1a-7d2f-4e8a-9c6b-1f2e3d4c5b6a";

    @Autowired
    MockMvc mvc;

    @MockBean
    CheckViews views;

    @MockBean
    CheckAnswers answers;

    @MockBean
    Policies policies;

    @MockBean
    SitePermissions permissions;

    @MockBean
    ThanksLedger ledger;

    @MockBean
    SatisfactionChecks checks;

    @MockBean
    RequestManagement requests;

    @MockBean
    DepartmentManagement departments;

    @MockBean
    IssueTracker tracker;

    @BeforeEach
    void aCheckTheCallerMayBrowse() {
        // one send at a time per giver: the slice runs the send at once
        when(ledger.oneAtATime(any(), any(), any()))
            .thenAnswer(call -> ((java.util.function.Supplier<?>) call.getArgument(2)).get());
        when(answers.issueOf(CALLER.tenantId(), CHECK)).thenReturn(Optional.of("10001"));
        when(permissions.issueAccess(CALLER, "10001")).thenReturn(new IssueAccess(false, true));
    }

    @Test
    void aCheckIdOfTheWrongShapeIsNotFound() throws Exception {
        mvc.perform(put("/api/satisfaction/checks/not-a-check/answer").contentType(MediaType.APPLICATION_JSON)
            .content("{\"rating\":5}")).andExpect(status().isNotFound());
        verify(answers, never()).answer(any(), any(), any(), any());
    }

    @Test
    void aRefusedAnswerIsA400NamingTheField() throws Exception {
        doThrow(new InvalidInput("rating", "input.rating-range")).when(answers)
            .answer(eq(CALLER.tenantId()), eq(CHECK), eq(ACCOUNT), any());

        mvc.perform(put("/api/satisfaction/checks/" + CHECK + "/answer").contentType(MediaType.APPLICATION_JSON)
            .content("{\"rating\":9}"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.field").value("rating"));
    }

    @Test
    void aRatingThatIsNoNumberIsA400() throws Exception {
        mvc.perform(put("/api/satisfaction/checks/" + CHECK + "/answer").contentType(MediaType.APPLICATION_JSON)
            .content("{\"rating\":\"five\"}")).andExpect(status().isBadRequest());
        verify(answers, never()).answer(any(), any(), any(), any());
    }

    @Test
    void someoneNotAskedIsA403AndAClosedCheckA409() throws Exception {
        doThrow(new NotPermitted("not-permitted.answer-asked")).when(answers).answer(any(), eq(CHECK), any(), any());
        mvc.perform(put("/api/satisfaction/checks/" + CHECK + "/answer").contentType(MediaType.APPLICATION_JSON)
            .content("{\"rating\":5}")).andExpect(status().isForbidden());

        doThrow(new ConflictingState("conflict.check-closed")).when(answers)
            .rateClarity(any(), eq(CHECK), any(), any());
        mvc.perform(put("/api/satisfaction/checks/" + CHECK + "/clarity").contentType(MediaType.APPLICATION_JSON)
            .content("{\"rating\":5}"))
            .andExpect(status().isConflict())
            .andExpect(jsonPath("$.message").value("This check is closed: it expired or the issue was reopened."));
    }

    @Test
    void thanksOverTheDailyLimitAreA429WithTheWait() throws Exception {
        doThrow(new OverLimit(Duration.ofMinutes(90), "over-limit.thanks", 20)).when(answers)
            .thank(any(), eq(CHECK), any(), any());

        mvc.perform(post("/api/satisfaction/checks/" + CHECK + "/thanks").contentType(MediaType.APPLICATION_JSON)
            .content("{\"message\":\"thanks\"}"))
            .andExpect(status().isTooManyRequests())
            .andExpect(header().string("Retry-After", "5400"));
    }

    @Test
    void onlyAdministratorsChangeThePolicyAndARefusedFieldIsNamed() throws Exception {
        when(permissions.isAdministrator(CALLER)).thenReturn(false);
        mvc.perform(
                put("/api/satisfaction/policy").contentType(MediaType.APPLICATION_JSON).content("{\"expiryDays\":7}"))
            .andExpect(status().isForbidden());
        verifyNoInteractions(policies);

        when(permissions.isAdministrator(CALLER)).thenReturn(true);
        when(policies.change(eq(CALLER.tenantId()), any(), eq(ACCOUNT)))
            .thenThrow(new InvalidInput("reminderDays", "input.reminder-days", 14));
        mvc.perform(put("/api/satisfaction/policy").contentType(MediaType.APPLICATION_JSON)
            .content("{\"expiryDays\":7,\"reminderDays\":9}"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.field").value("reminderDays"));
    }

    @Test
    void aFilterJiraObjectsToIsA400NamingTheFieldBeforeAnythingChanges() throws Exception {
        when(permissions.isAdministrator(CALLER)).thenReturn(true);
        when(policies.of(CALLER.tenantId())).thenReturn(SatisfactionPolicy.defaults(CALLER.tenantId()));
        when(tracker.objectionsTo(CALLER.tenantId(), "priority = High"))
            .thenReturn(List.of("Field 'priority' does not exist or you do not have permission to view it."));
        mvc.perform(put("/api/satisfaction/policy").contentType(MediaType.APPLICATION_JSON)
            .content("{\"jqlFilter\":\" priority = High \"}"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.field").value("jqlFilter"))
            .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString("'priority' does not exist")));
        verify(policies, never()).change(any(), any(), any());
    }

}
