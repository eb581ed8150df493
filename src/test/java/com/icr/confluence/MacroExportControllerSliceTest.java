package com.icr.confluence;

import static com.icr.support.ControllerSlice.CALLER;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.startsWith;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icr.core.InvalidInput;
import com.icr.core.NotFound;
import com.icr.core.NotPermitted;
import com.icr.core.Period;
import com.icr.relationship.MatrixView;
import com.icr.relationship.Metric;
import com.icr.relationship.RelationshipManagement;
import com.icr.relationship.UnknownDepartments;
import com.icr.review.ReviewManagement;
import com.icr.support.ControllerSlice;
import com.icr.tenant.Caller;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.mock.mockito.MockBean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * {@code POST /forge/macro/export}, what the macro's {@code adfExport} function calls on
 * Forge: the macro's parameters in, the caller's site's matrix or review out as
 * {@code {"adf": <ADF document>}}; bad parameters are a 400 naming the field under
 * {@code config}.
 */
@ControllerSlice(MacroExportController.class)
@Import({ MatrixAdf.class, ReviewAdf.class })
class MacroExportControllerSliceTest {

    private static final MatrixView MATRIX = new MatrixView(Metric.AGREEMENT,
            new Period("2026-Q4", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31)),
            List.of(new MatrixView.Axis("finance", "Finance"), new MatrixView.Axis("sales", "Sales")),
            List.of(new MatrixView.Cell(0, 1, 1.0, "Agreed v1", false, null)), List.of());

    @Autowired
    MockMvc mvc;

    @Autowired
    MacroExportController controller;

    @MockBean
    RelationshipManagement relationships;

    @MockBean
    ReviewManagement reviews;

    @Test
    void answersTheCallersMatrixAsAnAdfDocument() throws Exception {
        when(relationships.matrixFor(CALLER.tenantId(), "agreement", "2026-Q4", "finance,sales",
                UnknownDepartments.LEAVE_OUT))
            .thenReturn(MATRIX);

        export("""
                {"exportType": "pdf",
                 "config": {"mode": "matrix", "departments": "finance,sales", "metric": "agreement", "period": "2026-Q4"},
                 "context": {"cloudId": "ignored", "extension": {"content": {"id": "1"}}}}""")
            .andExpect(status().isOk())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
            .andExpect(jsonPath("$.adf.version").value(1))
            .andExpect(jsonPath("$.adf.type").value("doc"))
            .andExpect(jsonPath("$.adf.content[1].type").value("table"))
            .andExpect(jsonPath("$.adf.content[1].content.length()").value(3))
            .andExpect(
                    jsonPath("$.adf.content[1].content[1].content[2].content[0].content[0].text").value("Agreed v1"));
    }

    @Test
    void answersInGermanWhenTheCallAsksForIt() throws Exception {
        when(relationships.matrixFor(CALLER.tenantId(), null, null, null, UnknownDepartments.LEAVE_OUT))
            .thenReturn(MATRIX);
        when(reviews.review(CALLER.tenantId(), "r1", null, "2026-Q4"))
            .thenReturn(ReviewExportRenderingTest.review(ReviewExportRenderingTest.trend(4.2, 0.8, 0.9, 0.75)));

        mvc.perform(post("/forge/macro/export").contentType(MediaType.APPLICATION_JSON)
            .header("Accept-Language", "de-DE")
            .content("{\"exportType\": \"pdf\"}"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.adf.content[0].content[0].text").value(
                    "Matrix der internen Kundenbeziehungen: Stand der Vereinbarung, Q4 2026 (Zeilen liefern, Spalten empfangen)"))
            .andExpect(jsonPath("$.adf.content[1].content[1].content[2].content[0].content[0].text")
                .value("Vereinbart v1"));
        mvc.perform(post("/forge/macro/export").contentType(MediaType.APPLICATION_JSON)
            .header("Accept-Language", "de-DE")
            .content(
                    "{\"exportType\": \"pdf\", \"config\": {\"mode\": \"review\", \"relationship\": \"r1\", \"quarter\": \"2026-Q4\"}}"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.adf.content[0].content[0].text", startsWith("Quartalsreview: ")))
            .andExpect(jsonPath("$.adf.content[2].content[0].text").value("Die Matrix in diesem Quartal"));
    }

    @Test
    void withoutParametersItIsTheWholeMatrixAsTheMacroShowsByDefault() throws Exception {
        when(relationships.matrixFor(CALLER.tenantId(), null, null, null, UnknownDepartments.LEAVE_OUT))
            .thenReturn(MATRIX);

        export("{\"exportType\": \"word\"}").andExpect(status().isOk()).andExpect(jsonPath("$.adf.type").value("doc"));
        export("{\"exportType\": \"other\", \"config\": {\"mode\": \" \"}}").andExpect(status().isOk());
    }

    @Test
    void answersTheCallersReviewInReviewMode() throws Exception {
        when(reviews.review(CALLER.tenantId(), "r1", null, "2026-Q4"))
            .thenReturn(ReviewExportRenderingTest.review(ReviewExportRenderingTest.trend(4.2, 0.8, 0.9, 0.75)));

        export("{\"exportType\": \"pdf\", \"config\": {\"mode\": \"review\", \"relationship\": \"r1\", \"quarter\": \"2026-Q4\"}}")
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.adf.content[0].type").value("heading"))
            .andExpect(jsonPath("$.adf.content[0].content[0].text")
                .value("Quarterly review: <script>alert('dept')</script> Legal → Sales, 2026-Q4"));
    }

    @Test
    void anUnknownModeIsA400NamingTheField() throws Exception {
        export("{\"exportType\": \"pdf\", \"config\": {\"mode\": \"pie\"}}").andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.field").value("config.mode"))
            .andExpect(jsonPath("$.message").value("config.mode: must be matrix or review, not pie"));
        verifyNoInteractions(relationships, reviews);
    }

    @Test
    void badParametersAreA400NamingTheirFieldInConfig() throws Exception {
        when(relationships.matrixFor(any(), any(), any(), any(), any()))
            .thenThrow(new InvalidInput("metric", "input.metric"));
        when(reviews.review(any(), any(), any(), any())).thenThrow(new InvalidInput("quarter", "input.not-quarter"));

        export("{\"exportType\": \"pdf\", \"config\": {\"metric\": \"mood\"}}").andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.field").value("config.metric"));
        export("{\"exportType\": \"pdf\", \"config\": {\"mode\": \"review\", \"relationship\": \"r1\", \"quarter\": \"Q5\"}}")
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.field").value("config.quarter"))
            .andExpect(jsonPath("$.message").value("config.quarter: must be a quarter such as 2026-Q4"));
    }

    @Test
    void aReviewOfAnotherSiteIsNotFound() throws Exception {
        when(reviews.review(CALLER.tenantId(), "theirs", null, null))
            .thenThrow(new NotFound("not-found.relationship", "theirs"));

        export("{\"exportType\": \"pdf\", \"config\": {\"mode\": \"review\", \"relationship\": \"theirs\"}}")
            .andExpect(status().isNotFound());
        verify(reviews).review(CALLER.tenantId(), "theirs", null, null);
    }

    @Test
    void aViewerWithoutAnAccountGetsTheMatrixButNotTheReview() {
        Caller anonymous = new Caller(CALLER.tenantId(), CALLER.clientKey(), CALLER.product(), Optional.empty());
        when(relationships.matrixFor(CALLER.tenantId(), null, null, null, UnknownDepartments.LEAVE_OUT))
            .thenReturn(MATRIX);

        controller.export(anonymous, new MacroExportRequest("pdf", Map.of()), new MockHttpServletRequest());
        assertThatThrownBy(() -> controller.export(anonymous,
                new MacroExportRequest("pdf", Map.of("mode", "review", "relationship", "r1")),
                new MockHttpServletRequest()))
            .isInstanceOf(NotPermitted.class);
        verifyNoInteractions(reviews);
    }

    private ResultActions export(String body) throws Exception {
        return mvc.perform(post("/forge/macro/export").contentType(MediaType.APPLICATION_JSON).content(body));
    }

}
