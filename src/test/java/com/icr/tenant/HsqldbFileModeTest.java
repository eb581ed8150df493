package com.icr.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import com.icr.support.TestEnvironment;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

/**
 * The embedded default keeps rows on disk (CACHED tables, not the heap) and writes every
 * commit through (no write delay), so a crash loses no committed row. HSQLDB only: the
 * build's default database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK, properties = "icr.preview.enabled=false")
@ContextConfiguration(initializers = TestEnvironment.class)
class HsqldbFileModeTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyTableOfTheAppIsCached() {
        var types = jdbc.queryForList("select table_name, hsqldb_type from information_schema.system_tables "
                + "where table_schem = 'PUBLIC' and table_type = 'TABLE'");

        assertThat(types).isNotEmpty();
        assertThat(types).allSatisfy(
                row -> assertThat(row.get("HSQLDB_TYPE")).as(row.get("TABLE_NAME").toString()).isEqualTo("CACHED"));
    }

    @Test
    void commitsAreWrittenWithoutDelay() {
        String delay = jdbc.queryForObject("select property_value from information_schema.system_properties "
                + "where property_name = 'hsqldb.write_delay'", String.class);

        assertThat(delay).isEqualTo("false");
    }

    @Test
    void theDatabaseIsAFileUnderTheDataDirectory() {
        String url = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getURL());

        assertThat(url).startsWith("jdbc:hsqldb:file:").contains("icr-test-");
    }

}
