package org.outsourcing.lifecycle.retainer;

import java.math.BigDecimal;
import java.time.Instant;

import org.flowable.common.engine.api.FlowableIllegalArgumentException;
import org.flowable.common.engine.api.FlowableObjectNotFoundException;
import org.flowable.common.rest.exception.FlowableConflictException;
import org.junit.jupiter.api.Test;
import org.outsourcing.lifecycle.forms.TaskConflicts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(NoticeController.class)
@WithMockUser(username = "owner", authorities = "GROUP_owner")
class NoticeControllerTest {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	RetainerNotices notices;

	@MockitoBean
	Retainers retainers;

	// the one error advice asks it whether a refused task was completed by someone else
	@MockitoBean
	TaskConflicts conflicts;

	@Test
	void noticeEndsTheRetainerAndAnswersIt() throws Exception {
		Instant now = Instant.parse("2026-03-01T10:00:00Z");
		given(this.notices.give("e1", "company", "Budget cut")).willReturn(new Retainer(7, "e1", "contractor",
				new BigDecimal("1500.00"), "USD", "Newsletter", 12, "liaison", now, now.plusSeconds(86400),
				RetainerStatus.ENDED, now, "Notice given by the company: Budget cut", 0));

		this.mvc.perform(notice("e1", "{\"givenBy\":\"company\",\"reason\":\"Budget cut\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ENDED"))
			.andExpect(jsonPath("$.endReason").value("Notice given by the company: Budget cut"));
	}

	@Test
	void unknownEngagementIs404NoRunningRetainerIs409BadSideIs400() throws Exception {
		given(this.notices.give("nope", "company", "x"))
			.willThrow(new FlowableObjectNotFoundException("No engagement 'nope'"));
		given(this.notices.give("e2", "company", "x")).willThrow(new FlowableConflictException(
				"Engagement e2 has no running retainer; notice can be given only during the retainer"));
		given(this.notices.give("e3", "boss", "x"))
			.willThrow(new FlowableIllegalArgumentException("givenBy: must be 'company' or 'contractor', was 'boss'"));

		this.mvc.perform(notice("nope", "{\"givenBy\":\"company\",\"reason\":\"x\"}"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value("No engagement 'nope'"));
		this.mvc.perform(notice("e2", "{\"givenBy\":\"company\",\"reason\":\"x\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail")
				.value("Engagement e2 has no running retainer; notice can be given only during the retainer"));
		this.mvc.perform(notice("e3", "{\"givenBy\":\"boss\",\"reason\":\"x\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("givenBy: must be 'company' or 'contractor', was 'boss'"));
	}

	private static org.springframework.test.web.servlet.RequestBuilder notice(String engagementId, String body) {
		return post("/api/engagements/{id}/notice", engagementId).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body);
	}

}
