package org.disabilitystandards.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.disabilitystandards.testkit.tables.CountyTemplateRecords;
import org.disabilitystandards.testkit.tables.TableFindings;
import org.disabilitystandards.testkit.tables.TemplateRow;
import org.disabilitystandards.validation.batch.BatchListener;
import org.disabilitystandards.validation.batch.BatchSummary;
import org.disabilitystandards.validation.batch.ColumnMapping;
import org.disabilitystandards.validation.batch.ExchangeFileValidator;
import org.disabilitystandards.validation.batch.InputFormat;
import org.disabilitystandards.validation.batch.RowSource;
import org.disabilitystandards.validation.report.Issue;
import org.disabilitystandards.validation.rule.Profile;
import org.disabilitystandards.validation.rule.RecordValidator;
import org.junit.jupiter.api.Test;

/**
 * What every database must give: the same findings as the JSON Lines twin of the records, positions naming
 * table and key, queries, and the connection left as it was. Subclasses provide a real database.
 */
abstract class JdbcSourceContract {

    static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);
    static final int ROWS = 2000;
    static final List<TemplateRow> RECORDS = CountyTemplateRecords.generate(ROWS);

    static final String TABLE = "persons";

    /** Returns a connection to a database holding table {@link #TABLE} with {@link #RECORDS}. */
    abstract Connection connection() throws SQLException;

    record Run(BatchSummary summary, List<Issue> issues) {
    }

    static Run run(RowSource source) throws IOException {
        List<Issue> issues = new ArrayList<>();
        BatchSummary summary = validator().validate(source, ColumnMapping.standard(), collect(issues));
        return new Run(summary, issues);
    }

    static ExchangeFileValidator validator() {
        return ExchangeFileValidator.builder(RecordValidator.forProfile(Profile.national()), AS_OF).threads(2)
                .batchLines(128).build();
    }

    static BatchListener collect(List<Issue> issues) {
        return new BatchListener() {
            @Override
            public void onIssue(Issue issue) {
                issues.add(issue);
            }
        };
    }

    @Test
    void tableGivesTheSameFindingsAsJsonLines() throws Exception {
        List<Issue> json = new ArrayList<>();
        BatchSummary jsonSummary = validator().validate(new ByteArrayInputStream(TableFindings.jsonLines(RECORDS)),
                InputFormat.JSON_LINES, collect(json));
        Run table;
        try (Connection connection = connection();
                JdbcRowSource source = JdbcRowSource.table(connection, TABLE,
                        JdbcOptions.defaults().fetchSize(100).keyColumn("序号"))) {
            table = run(source);
        }
        assertThat(table.issues()).isNotEmpty();
        assertThat(TableFindings.findings(table.issues()))
                .containsExactlyInAnyOrderElementsOf(TableFindings.findings(json));
        assertThat(table.summary().records()).isEqualTo(ROWS);
        assertThat(table.summary().validRecords()).isEqualTo(jsonSummary.validRecords());
        assertThat(table.summary().rules()).isEqualTo(jsonSummary.rules());
        Issue numericId = table.issues().stream().filter(issue -> issue.recordId().orElse("").equals("R000003")
                && issue.ruleId().equals("FORMAT.WRONG_TYPE")).findFirst().orElseThrow();
        assertThat(numericId.position()).hasValue("persons[序号=4]!公民身份号码");
        assertThat(org.disabilitystandards.validation.report.MessageRenderer.standard().render(numericId,
                java.util.Locale.ENGLISH)).contains("stored as a number");
    }

    @Test
    void queryReadsOnlyItsRows() throws Exception {
        try (Connection connection = connection();
                JdbcRowSource source = JdbcRowSource.query(connection,
                        "SELECT * FROM persons WHERE 行政区划代码 = '639999' ORDER BY 序号", JdbcOptions.defaults())) {
            Run run = run(source);
            long expected = RECORDS.stream().filter(row -> "639999".equals(row.values().get(7))).count();
            assertThat(run.summary().records()).isEqualTo(expected).isPositive();
            assertThat(run.issues()).anySatisfy(issue -> {
                assertThat(issue.ruleId()).isEqualTo("REGION.UNKNOWN");
                assertThat(issue.position().orElseThrow()).matches("query\\[row \\d+]!行政区划代码");
            });
        }
    }

    @Test
    void connectionSettingsAreRestoredAfterClose() throws Exception {
        try (Connection connection = connection()) {
            connection.setAutoCommit(true);
            connection.setReadOnly(false);
            try (JdbcRowSource source = JdbcRowSource.table(connection, "persons", JdbcOptions.defaults())) {
                assertThat(connection.getAutoCommit()).isFalse();
                assertThat(source.next()).isNotNull();
            }
            assertThat(connection.getAutoCommit()).isTrue();
            assertThat(connection.isReadOnly()).isFalse();
        }
    }

    @Test
    void onlyIdentifiersAndSingleSelectsAreAccepted() throws Exception {
        try (Connection connection = connection()) {
            assertThatThrownBy(() -> JdbcRowSource.table(connection, "persons; DROP TABLE persons", JdbcOptions.defaults()))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> JdbcRowSource.query(connection, "DELETE FROM persons", JdbcOptions.defaults()))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> JdbcRowSource.query(connection, "SELECT 1; DELETE FROM persons",
                    JdbcOptions.defaults())).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> JdbcRowSource.table(connection, "no_such_table", JdbcOptions.defaults()))
                    .isInstanceOf(JdbcSourceException.class).hasMessageContaining("cannot run the query on no_such_table");
        }
    }
}
