package com.icr.request.internal;

import static com.icr.support.ControllerSlice.CALLER;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icr.core.HostUnavailable;
import com.icr.core.NotFound;
import com.icr.relationship.RelationshipManagement;
import com.icr.request.IssueTracker;
import com.icr.request.RequestManagement;
import com.icr.support.ControllerSlice;
import com.icr.tenant.IssueAccess;
import com.icr.tenant.SitePermissions;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.mock.mockito.MockBean;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * {@code /api/requests} and {@code /api/relationships/{id}/decisions}: an id that is no
 * issue id, or an issue the caller cannot browse, is not found without asking further;
 * Jira's silence is a 503 with its wait; a bad period is a 400 naming it.
 */
@ControllerSlice({ RequestController.class, DecisionController.class })
class RequestControllerSliceTest {

    @Autowired
    MockMvc mvc;

    @MockBean
    RequestManagement requests;

    @MockBean
    RequestSummaries summaries;

    @MockBean
    IssueTracker tracker;

    @MockBean
    SitePermissions permissions;

    @MockBean
    RelationshipManagement relationships;

    @MockBean
    RequestCounts counts;

    @Test
    void anIdThatIsNoIssueIdIsNotFoundWithoutAskingJira() throws Exception {
        mvc.perform(get("/api/requests/FIN-1"))
            .andExpect(status().isNotFound())
            .andExpect(jsonPath("$.message").value("Issue FIN-1 not found"));
        verifyNoInteractions(permissions, tracker);
    }

    @Test
    void anIssueTheCallerCannotBrowseIsNotFound() throws Exception {
        when(permissions.issueAccess(CALLER, "10001")).thenReturn(IssueAccess.NONE);

        mvc.perform(put("/api/requests/10001/decision").contentType(MediaType.APPLICATION_JSON)
            .content("{\"outcome\":\"accepted\"}")).andExpect(status().isNotFound());
        verify(requests, never()).decide(any(), any(), any(), any());
    }

    @Test
    void jiraNotAnsweringIsA503WithItsWait() throws Exception {
        when(permissions.issueAccess(CALLER, "10001")).thenReturn(new IssueAccess(false, true));
        when(summaries.viewOf(CALLER.tenantId(), "10001", ControllerSlice.ACCOUNT, new IssueAccess(false, true)))
            .thenReturn(Optional.empty());
        when(tracker.issue(CALLER.tenantId(), "10001"))
            .thenThrow(new HostUnavailable(null, Duration.ofSeconds(30), "host.jira-slow-down"));

        mvc.perform(get("/api/requests/10001"))
            .andExpect(status().isServiceUnavailable())
            .andExpect(header().string("Retry-After", "30"));
    }

    @Test
    void aDecisionBodyThatIsNotJsonIsA400() throws Exception {
        mvc.perform(put("/api/requests/10001/decision").contentType(MediaType.APPLICATION_JSON).content("accepted"))
            .andExpect(status().isBadRequest());
        verify(requests, never()).decide(any(), any(), any(), any());
    }

    @Test
    void aPeriodThatIsNoQuarterIsA400NamingIt() throws Exception {
        mvc.perform(get("/api/relationships/r1/decisions").param("period", "2026-Q5"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.field").value("period"));
    }

    @Test
    void theDecisionsOfAnUnknownRelationshipAreNotFound() throws Exception {
        when(relationships.pairOf(CALLER.tenantId(), "nope")).thenThrow(new NotFound("not-found.relationship", "nope"));

        mvc.perform(get("/api/relationships/nope/decisions")).andExpect(status().isNotFound());
    }

}
