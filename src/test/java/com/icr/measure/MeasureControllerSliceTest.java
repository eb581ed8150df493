package com.icr.measure;

import static com.icr.support.ControllerSlice.CALLER;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icr.core.InvalidInput;
import com.icr.core.NotFound;
import com.icr.department.DepartmentManagement;
import com.icr.department.Member;
import com.icr.objective.ObjectiveManagement;
import com.icr.relationship.DepartmentRef;
import com.icr.relationship.RelationshipManagement;
import com.icr.relationship.RelationshipView;
import com.icr.relationship.Standing;
import com.icr.support.ControllerSlice;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.mock.mockito.MockBean;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * {@code /api/measures}: a missing or unknown relationship is a 400 naming it, a bad
 * value or month too; outsiders are refused.
 */
@ControllerSlice(MeasureController.class)
class MeasureControllerSliceTest {

    private static final RelationshipView FINANCE_SALES = new RelationshipView("r1",
            new DepartmentRef("finance", "Finance", false), new DepartmentRef("sales", "Sales", false), null, null,
            null, Standing.NONE, null, null, null, ControllerSlice.NOW);

    @Autowired
    MockMvc mvc;

    @MockBean
    MeasureManagement measures;

    @MockBean
    ObjectiveManagement objectives;

    @MockBean
    RelationshipManagement relationships;

    @MockBean
    DepartmentManagement departments;

    @Test
    void aMeasureWithoutRelationshipIsA400NamingIt() throws Exception {
        mvc.perform(post("/api/measures").contentType(MediaType.APPLICATION_JSON)
            .content("{\"name\":\"Leads\",\"target\":40}"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.field").value("relationshipId"));
        verify(measures, never()).create(any(), any(), any());
    }

    @Test
    void anUnknownRelationshipIsA400NamingItNotA404() throws Exception {
        when(relationships.get(CALLER.tenantId(), "nope")).thenThrow(new NotFound("not-found.relationship", "nope"));

        mvc.perform(post("/api/measures").contentType(MediaType.APPLICATION_JSON)
            .content("{\"relationshipId\":\"nope\",\"name\":\"Leads\",\"target\":40}"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.field").value("relationshipId"));
    }

    @Test
    void someoneOfNeitherDepartmentMayNotAddMeasures() throws Exception {
        when(relationships.get(CALLER.tenantId(), "r1")).thenReturn(FINANCE_SALES);
        when(departments.memberOf(CALLER)).thenReturn(new Member(ControllerSlice.ACCOUNT, false, Set.of("legal")));

        mvc.perform(post("/api/measures").contentType(MediaType.APPLICATION_JSON)
            .content("{\"relationshipId\":\"r1\",\"name\":\"Leads\",\"target\":40}")).andExpect(status().isForbidden());
        verify(measures, never()).create(any(), any(), any());
    }

    @Test
    void aValueThatIsNoNumberIsA400AndABadMonthNamesTheMonth() throws Exception {
        when(measures.relationshipOf(CALLER.tenantId(), "m1")).thenReturn("r1");
        when(relationships.get(CALLER.tenantId(), "r1")).thenReturn(FINANCE_SALES);
        when(departments.memberOf(CALLER)).thenReturn(new Member(ControllerSlice.ACCOUNT, false, Set.of("sales")));

        mvc.perform(put("/api/measures/m1/values/2026-11").contentType(MediaType.APPLICATION_JSON)
            .content("{\"value\":\"lots\"}")).andExpect(status().isBadRequest());
        verify(measures, never()).record(any(), any(), any(), any(), anyBoolean(), any());

        when(measures.record(CALLER.tenantId(), "m1", "2026-13", 5.0, false, ControllerSlice.ACCOUNT))
            .thenThrow(new InvalidInput("month", "input.not-month"));
        mvc.perform(
                put("/api/measures/m1/values/2026-13").contentType(MediaType.APPLICATION_JSON).content("{\"value\":5}"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.field").value("month"));
    }

    @Test
    void aBadQuarterIsA400NamingIt() throws Exception {
        when(measures.list(CALLER.tenantId(), null, "2026-Q9"))
            .thenThrow(new InvalidInput("quarter", "input.not-quarter"));

        mvc.perform(get("/api/measures").param("quarter", "2026-Q9"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.field").value("quarter"));
    }

}
