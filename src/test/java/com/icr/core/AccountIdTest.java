package com.icr.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AccountIdTest {

    @Test
    void takesBothFormsOfAtlassianAccountIds() {
        assertThat(AccountId.required("lead", "557058:f1e2d3c4-aaaa-bbbb-cccc-0123456789ab").value())
            .startsWith("557058:");
        assertThat(AccountId.required("lead", " 5b10ac8d82e05b22cc7d4ef5 ").value())
            .isEqualTo("5b10ac8d82e05b22cc7d4ef5");
        assertThat(AccountId.optional("lead", "a".repeat(128))).isNotNull();
    }

    @Test
    void blankIsNoneWhenOptionalAndRefusedWhenRequired() {
        assertThat(AccountId.optional("lead", "  ")).isNull();
        assertThat(AccountId.valueOf("lead", null)).isNull();
        assertThatThrownBy(() -> AccountId.required("owner", "")).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.field()).isEqualTo("owner"));
    }

    @Test
    void refusesAnythingElseNamingTheField() {
        for (String bad : new String[] { "a".repeat(129), "557058 x", "<script>", "a/b", "ä" }) {
            assertThatThrownBy(() -> AccountId.optional("owner", bad)).as(bad)
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("owner"));
        }
    }

}
