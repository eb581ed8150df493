package com.icr.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ProjectKeyTest {

    @Test
    void takesWhatJiraCloudDocumentsFromTwoToTenCharacters() {
        assertThat(ProjectKey.parse("projects", "AB").value()).isEqualTo("AB");
        assertThat(ProjectKey.parse("projects", "ABCDEFGHIJ").value()).hasSize(ProjectKey.MAX_LENGTH);
        assertThat(ProjectKey.parse("projects", " HR2 ").value()).isEqualTo("HR2");
        assertThat(ProjectKey.parse("projects", "OLD_KEY").value()).isEqualTo("OLD_KEY");
    }

    @Test
    void refusesEverythingElseNamingTheField() {
        for (String bad : new String[] { "A", "ABCDEFGHIJK", "2AB", "ab", "A-B", "", " ", "_AB", "AB C" }) {
            assertThatThrownBy(() -> ProjectKey.parse("projects", bad)).as(bad)
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("projects"));
        }
        assertThatThrownBy(() -> ProjectKey.parse("projects", null)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> new ProjectKey("ABCDEFGHIJK")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void quotesALongRefusedKeyShortened() {
        assertThatThrownBy(() -> ProjectKey.parse("projects", "X".repeat(500)))
            .hasMessageContaining("X".repeat(60) + "…'")
            .hasMessageNotContaining("X".repeat(61));
    }

}
