package org.outsourcing.lifecycle.engagement;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.outsourcing.lifecycle.payment.Invoice;
import org.outsourcing.lifecycle.payment.InvoiceStatus;
import org.outsourcing.lifecycle.payment.Invoices;
import org.outsourcing.lifecycle.support.EngineDriver;

import org.outsourcing.lifecycle.security.UserDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * "My work": each contractor finds their own signed contracts and invoices (amount with
 * currency, status, a rejection's note), and nobody else's.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MyWorkPageTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	LifecycleDriver lifecycle;

	@Autowired
	EngineDriver engine;

	@Autowired
	Invoices invoices;

	@Autowired
	UserDirectory directory;

	@AfterEach
	void resetClock() {
		this.engine.resetClock();
	}

	@Test
	void eachContractorSeesTheirOwnContractsAndInvoices() throws Exception {
		String other = this.lifecycle.start(LifecycleDriver.definition("none", false)).getId();
		this.lifecycle.hire(other, "contractor2");
		this.lifecycle.trial(other, "contractor2", "accept");
		String mine = this.lifecycle.start(LifecycleDriver.definition("none", false)).getId();
		this.lifecycle.hire(mine, "contractor");
		this.lifecycle.trial(mine, "contractor", "accept");
		this.lifecycle.startRetainer(mine, "contractor");
		this.engine.passTime(Duration.ofDays(30).plusMinutes(1));
		this.engine.complete(mine, "approveInvoice", "finance",
				Map.of("form_approveRetainerInvoice_outcome", "approve"));
		this.engine.complete(mine, "payInvoice", "finance",
				Map.of("paymentReference", "PAY-1", "form_payRetainerInvoice_outcome", "pay"));
		this.engine.passTime(Duration.ofDays(30));
		this.engine.complete(mine, "approveInvoice", "finance", Map.of("invoiceNote",
				"Hours do not match the status updates", "form_approveRetainerInvoice_outcome", "reject"));
		List<Invoice> myInvoices = this.invoices.forEngagement(mine);
		assertThat(myInvoices).extracting(Invoice::status)
			.containsExactly(InvoiceStatus.PAID, InvoiceStatus.PAID, InvoiceStatus.REJECTED);

		String page = page("contractor");
		assertThat(page)
			.contains("id=\"work-" + mine + "\"", "/engagements/" + mine + "/contract.pdf",
					"Contract signed by you (<span>Name of contractor</span>)", "250.00 USD", "1,500.00 USD",
					"(reference <span>PAY-1</span>)", "Rejected: <span>Hours do not match the status updates</span>")
			.doesNotContain("work-" + other, "/engagements/" + other + "/contract.pdf");
		for (Invoice invoice : myInvoices) {
			assertThat(page).contains("id=\"invoice-" + invoice.id() + "\"");
		}

		String otherPage = page("contractor2");
		assertThat(otherPage)
			.contains("id=\"work-" + other + "\"", "/engagements/" + other + "/contract.pdf", "Name of contractor2",
					"250.00 USD")
			.doesNotContain("work-" + mine, "1,500.00 USD", "Hours do not match");
		for (Invoice invoice : myInvoices) {
			assertThat(otherPage).doesNotContain("id=\"invoice-" + invoice.id() + "\"");
		}
		// a contractor with an account but no engagement yet
		this.directory.ensureUser("contractor3", "Contractor-Three-2026!", "contractor3@example.com", "contractor");
		assertThat(page("contractor3")).contains("You have no signed contract yet");

		// finance's decisions are news for the contractor in the application
		String news = this.mvc.perform(get("/api/notifications").with(as("contractor")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(news).contains("Invoice " + myInvoices.get(1).id() + " was approved",
				"Invoice " + myInvoices.get(2).id() + " was rejected", "Hours do not match the status updates");
		assertThat(this.mvc.perform(get("/api/notifications").with(as("contractor2")))
			.andReturn()
			.getResponse()
			.getContentAsString()).doesNotContain("Invoice " + myInvoices.get(1).id() + " was approved");
	}

	@Test
	void aTerminationsNotesReachTheContractor() throws Exception {
		String engagement = this.lifecycle.start(LifecycleDriver.definition("none", false)).getId();
		this.lifecycle.hire(engagement, "contractor");
		this.lifecycle.trial(engagement, "contractor", "accept");
		this.lifecycle.startRetainer(engagement, "contractor");
		assertThat(page("contractor")).doesNotContain("id=\"retainer-ended-" + engagement + "\"");

		this.engine.passTime(Duration.ofDays(90).plusMinutes(1));
		this.engine.complete(engagement, "reviewPerformance", "owner", Map.of("reviewNotes",
				"Three issues missed their send date", "form_reviewPerformance_outcome", "terminate"));

		assertThat(page("contractor")).contains("id=\"retainer-ended-" + engagement + "\"",
				"Terminated at the performance review: Three issues missed their send date");
		assertThat(page("contractor2")).doesNotContain("Three issues missed their send date");
	}

	private String page(String contractor) throws Exception {
		return this.mvc.perform(get("/my/work").with(as(contractor)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static RequestPostProcessor as(String name) {
		return user(name).authorities(() -> "GROUP_" + name.replaceAll("\\d+$", ""));
	}

}
