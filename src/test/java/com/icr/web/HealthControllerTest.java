package com.icr.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

class HealthControllerTest {

    @Test
    void answers200WhenTheDatabaseAnswers() throws Exception {
        DataSource dataSource = mock(DataSource.class);
        Connection connection = mock(Connection.class);
        given(dataSource.getConnection()).willReturn(connection);
        given(connection.isValid(org.mockito.ArgumentMatchers.anyInt())).willReturn(true);

        assertThat(new HealthController(dataSource).health().getStatusCodeValue()).isEqualTo(200);
    }

    @Test
    void answers503WhenTheDatabaseIsUnreachable() throws Exception {
        DataSource dataSource = mock(DataSource.class);
        given(dataSource.getConnection()).willThrow(new SQLException("Connection refused"));

        var response = new HealthController(dataSource).health();

        assertThat(response.getStatusCodeValue()).isEqualTo(503);
        assertThat(response.getBody()).containsEntry("status", "DOWN");
    }

    @Test
    void answers503WithinThreeSecondsWhenTheDatabaseHangs() throws Exception {
        DataSource dataSource = mock(DataSource.class);
        given(dataSource.getConnection()).willAnswer(invocation -> {
            Thread.sleep(30_000);
            return null;
        });
        Instant start = Instant.now();

        var response = new HealthController(dataSource).health();

        assertThat(response.getStatusCodeValue()).isEqualTo(503);
        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(3));
    }

}
