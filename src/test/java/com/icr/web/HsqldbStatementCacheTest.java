package com.icr.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The statements HSQLDB keeps compiled for the pool: the same answers as without, also
 * after the schema changed.
 */
class HsqldbStatementCacheTest {

    @Test
    void anHsqldbPoolKeepsItsStatementsAndAnswersAsBefore() {
        try (HikariDataSource pool = pool("jdbc:hsqldb:mem:" + UUID.randomUUID())) {
            JdbcTemplate jdbc = new JdbcTemplate(pool);
            jdbc.execute("create table note (id int primary key, text varchar(20))");
            for (int i = 0; i < 50; i++) {
                jdbc.update("insert into note (id, text) values (?, ?)", i, "note " + i);
            }

            assertThat(pool.getDataSource()).isNotNull();
            assertThat(jdbc.queryForObject("select text from note where id = ?", String.class, 7)).isEqualTo("note 7");
            assertThat(jdbc.queryForObject("select text from note where id = ?", String.class, 8)).isEqualTo("note 8");
            assertThat(jdbc.queryForObject("select count(*) from note", Integer.class)).isEqualTo(50);
        }
    }

    @Test
    void aStatementPreparedAgainAfterTheSchemaChangedSeesTheNewSchema() {
        try (HikariDataSource pool = pool("jdbc:hsqldb:mem:" + UUID.randomUUID())) {
            JdbcTemplate jdbc = new JdbcTemplate(pool);
            jdbc.execute("create table note (id int primary key)");
            jdbc.update("insert into note (id) values (?)", 1);
            assertThat(jdbc.queryForList("select * from note where id = ?", 1)).containsExactly(Map.of("ID", 1));

            jdbc.execute("alter table note add column text varchar(20) default 'added'");

            assertThat(jdbc.queryForList("select * from note where id = ?", 1))
                .containsExactly(Map.of("ID", 1, "TEXT", "added"));
        }
    }

    @Test
    void anotherDatabasesPoolIsLeftAlone() {
        try (HikariDataSource pool = new HikariDataSource()) {
            pool.setJdbcUrl("jdbc:postgresql://127.0.0.1:5432/test");
            new HsqldbStatementCache().postProcessAfterInitialization(pool, "dataSource");

            assertThat(pool.getDataSource()).isNull();
        }
    }

    @Test
    void manyDifferentStatementsOnOneConnectionStayCorrect() {
        try (HikariDataSource pool = pool("jdbc:hsqldb:mem:" + UUID.randomUUID())) {
            pool.setMaximumPoolSize(1);
            JdbcTemplate jdbc = new JdbcTemplate(pool);
            jdbc.execute("create table note (id int primary key)");
            for (int i = 0; i < HsqldbStatementCache.PER_CONNECTION + 50; i++) {
                jdbc.update("insert into note (id) values (" + i + ")"); // as many
                                                                         // shapes: the
                                                                         // oldest kept
                                                                         // ones go
            }

            assertThat(jdbc.queryForList("select id from note where id < ? order by id", Integer.class, 3))
                .isEqualTo(List.of(0, 1, 2));
        }
    }

    private static HikariDataSource pool(String url) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(url);
        pool.setUsername("SA");
        pool.setPassword("");
        pool.setMaximumPoolSize(2);
        return (HikariDataSource) new HsqldbStatementCache().postProcessAfterInitialization(pool, "dataSource");
    }

}
