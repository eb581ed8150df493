package com.icr.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IssueIdTest {

    @Test
    void isOneToEighteenDigits() {
        assertThat(IssueId.isValid("1")).isTrue();
        assertThat(IssueId.isValid("9".repeat(18))).isTrue();
        assertThat(IssueId.isValid("9".repeat(19))).isFalse();
        assertThat(IssueId.isValid("")).isFalse();
        assertThat(IssueId.isValid("IT-42")).isFalse();
        assertThat(IssueId.isValid("-1")).isFalse();
        assertThat(IssueId.isValid(null)).isFalse();
    }

    @Test
    void aRefusalNamesTheField() {
        assertThatThrownBy(() -> IssueId.parse("issue.id", "12a")).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.field()).isEqualTo("issue.id"));
    }

}
