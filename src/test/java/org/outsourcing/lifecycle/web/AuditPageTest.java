package org.outsourcing.lifecycle.web;

import java.time.LocalDate;
import java.time.ZoneOffset;

import org.flowable.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.outsourcing.lifecycle.engagement.DefineWorkProcessTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Issue 17, presentation: the audit page was 473 rows of raw JSON with no filter. It is
 * now a timeline in runs of one stage under the stage's name, people by name, details as
 * fields with the raw JSON folded away, and filters by type, person and days; a filter
 * that cannot be read answers 400 and says which and why.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AuditPageTest {

	private static final RequestPostProcessor AUDITOR = user("auditor")
		.authorities(new SimpleGrantedAuthority("GROUP_auditor"));

	@Autowired
	MockMvc mvc;

	@Autowired
	RuntimeService runtime;

	private String engagementId;

	@BeforeEach
	void defineTheWork() {
		this.engagementId = this.runtime.createProcessInstanceBuilder()
			.processDefinitionKey("defineWork")
			.variables(DefineWorkProcessTest.definition("paymentCardData", false, false))
			.start()
			.getId();
	}

	@Test
	void everythingInRunsOfOneStageWithDetailsAsFieldsAndTheRawJsonFolded() throws Exception {
		String page = page("");
		assertThat(page).contains("<th scope=\"rowgroup\" colspan=\"6\">Define the work</th>")
			.contains("Process started", "Decision evaluated")
			.contains("<details class=\"raw\"><summary>Raw JSON</summary>")
			.contains("<option value=\"DECISION_EVALUATED\">Decision evaluated</option>");
		assertThat(shown(page)).isGreaterThan(1);
	}

	@Test
	void filteredByTypePersonAndDays() throws Exception {
		String decisions = page("?type=DECISION_EVALUATED");
		assertThat(decisions).contains("Decision evaluated").doesNotContain("<td data-label=\"What\">Process started");
		assertThat(shown(decisions)).isPositive().isLessThan(shown(page("")));
		assertThat(decisions).contains("<option value=\"DECISION_EVALUATED\" selected=\"selected\">");

		String today = LocalDate.now(ZoneOffset.UTC).toString();
		assertThat(shown(page("?from=" + today + "&to=" + today))).isEqualTo(shown(page("")));
		assertThat(page("?to=2000-01-01")).contains("No entry matches this filter.");
		assertThat(page("?who=nobody.at.all")).contains("No entry matches this filter.");
	}

	@Test
	void aFilterThatCannotBeReadIsA400SayingWhichAndWhy() throws Exception {
		String page = this.mvc.perform(get("/engagements/{id}/audit?from=yesterday", this.engagementId).with(AUDITOR))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(this.mvc.perform(get("/engagements/{id}/audit?from=yesterday", this.engagementId).with(AUDITOR))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(400);
		assertThat(page).contains("from: must be a date like 2026-01-31")
			.contains("id=\"from\" name=\"from\" value=\"yesterday\" aria-invalid=\"true\"");
		assertThat(this.mvc.perform(get("/engagements/{id}/audit?type=NO_SUCH_TYPE", this.engagementId).with(AUDITOR))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("type: is not a type of audit entry");
		assertThat(this.mvc
			.perform(get("/engagements/{id}/audit?from=2026-02-01&to=2026-01-01", this.engagementId).with(AUDITOR))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("to: must not be before from (2026-02-01)");
	}

	private String page(String query) throws Exception {
		return this.mvc.perform(get("/engagements/" + this.engagementId + "/audit" + query).with(AUDITOR))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static int shown(String page) {
		java.util.regex.Matcher count = java.util.regex.Pattern.compile("id=\"shown\">(\\d+) of").matcher(page);
		assertThat(count.find()).as("the count of entries shown").isTrue();
		return Integer.parseInt(count.group(1));
	}

}
