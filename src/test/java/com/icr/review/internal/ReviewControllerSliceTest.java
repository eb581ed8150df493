package com.icr.review.internal;

import static com.icr.support.ControllerSlice.ACCOUNT;
import static com.icr.support.ControllerSlice.CALLER;
import static org.mockito.ArgumentMatchers.any;
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
import com.icr.relationship.DepartmentRef;
import com.icr.relationship.RelationshipManagement;
import com.icr.relationship.RelationshipView;
import com.icr.relationship.Standing;
import com.icr.review.ReviewManagement;
import com.icr.support.ControllerSlice;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.mock.mockito.MockBean;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * {@code /api/reviews}, the sponsor's notes and {@code /api/review-items}: a bad quarter
 * or a missing or unknown relationship is a 400 naming the field; only the sponsor writes
 * notes.
 */
@ControllerSlice({ ReviewController.class, ReviewItemController.class })
class ReviewControllerSliceTest {

    private static final RelationshipView FINANCE_SALES = new RelationshipView("r1",
            new DepartmentRef("finance", "Finance", false), new DepartmentRef("sales", "Sales", false), null, null,
            "557058:sophie", Standing.NONE, null, null, null, ControllerSlice.NOW);

    @Autowired
    MockMvc mvc;

    @MockBean
    ReviewManagement reviews;

    @MockBean
    SponsorNotes notes;

    @MockBean
    ReviewItems items;

    @MockBean
    RelationshipManagement relationships;

    @MockBean
    DepartmentManagement departments;

    @MockBean
    com.icr.tenant.People people;

    @Test
    void aBadQuarterIsA400NamingIt() throws Exception {
        when(reviews.review(any(), any(), any(), any(), any(), any()))
            .thenThrow(new InvalidInput("quarter", "input.not-quarter"));

        mvc.perform(get("/api/reviews").param("relationship", "r1").param("quarter", "Q4"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.field").value("quarter"));
    }

    @Test
    void onlyTheSponsorWritesNotes() throws Exception {
        when(relationships.get(CALLER.tenantId(), "r1")).thenReturn(FINANCE_SALES);
        when(departments.memberOf(CALLER)).thenReturn(new Member(ACCOUNT, false, Set.of("finance")));

        mvc.perform(put("/api/relationships/r1/sponsor-notes/2026-Q4").contentType(MediaType.APPLICATION_JSON)
            .content("{\"text\":\"good\"}")).andExpect(status().isForbidden());
        verify(notes, never()).write(any(), any(), any(), any(), any());
    }

    @Test
    void anEntryWithoutOrWithAnUnknownRelationshipIsA400NamingIt() throws Exception {
        mvc.perform(
                post("/api/review-items").contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"frustration\"}"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.field").value("relationshipId"));

        when(relationships.get(CALLER.tenantId(), "nope")).thenThrow(new NotFound("not-found.relationship", "nope"));
        mvc.perform(post("/api/review-items").contentType(MediaType.APPLICATION_JSON)
            .content("{\"relationshipId\":\"nope\"}"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.field").value("relationshipId"));
        verify(items, never()).raise(any(), any(), any(), any(), any());
    }

    @Test
    void anotherSitesEntryIsNotFound() throws Exception {
        when(items.relationshipOf(CALLER.tenantId(), "elsewhere"))
            .thenThrow(new NotFound("not-found.entry", "elsewhere"));

        mvc.perform(put("/api/review-items/elsewhere").contentType(MediaType.APPLICATION_JSON)
            .content("{\"status\":\"closed\"}")).andExpect(status().isNotFound());
    }

}
