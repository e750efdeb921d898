package org.outsourcing.lifecycle.security;

import org.junit.jupiter.api.Test;
import org.outsourcing.lifecycle.support.ApiClient;
import org.outsourcing.lifecycle.support.ApiClient.Response;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11, item 7: the order column of Flowable's table data endpoint went into the SQL
 * as it came; with H2's {@code FILE_READ} it returned a server file in the error.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(SecurityFixture.class)
class ManagementTableAttackTest {

	private static final String TABLE = "/process-api/management/tables/ACT_ID_USER/data";

	@LocalServerPort
	int port;

	@Test
	void anOrderColumnMustBeAColumnOfTheTable() {
		ApiClient admin = new ApiClient(this.port, "admin", "demo");
		for (String column : new String[] { "FILE_READ('/etc/hostname',NULL)", "ID_%20DESC,%20(SELECT%201)",
				"ID_;DROP%20TABLE%20ACT_ID_USER", "NO_SUCH_COLUMN_" }) {
			Response ascending = admin.get(TABLE + "?orderAscendingColumn="
					+ column.replace("'", "%27")
						.replace("(", "%28")
						.replace(")", "%29")
						.replace(",", "%2C")
						.replace(";", "%3B"));
			assertThat(ascending.status()).as(column + ": " + ascending.body()).isEqualTo(400);
			assertThat(ascending.body()).doesNotContainIgnoringCase("select").doesNotContain("SQL");
			Response descending = admin.get(TABLE + "?orderDescendingColumn="
					+ column.replace("'", "%27")
						.replace("(", "%28")
						.replace(")", "%29")
						.replace(",", "%2C")
						.replace(";", "%3B"));
			assertThat(descending.status()).as(column + ": " + descending.body()).isEqualTo(400);
		}
		Response byId = admin.get(TABLE + "?orderAscendingColumn=ID_");
		assertThat(byId.status()).as(byId.body()).isEqualTo(200);
		assertThat(admin.get(TABLE + "?orderDescendingColumn=id_").status()).isEqualTo(200);
	}

}
