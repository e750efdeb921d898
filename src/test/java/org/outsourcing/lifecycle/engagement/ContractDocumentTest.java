package org.outsourcing.lifecycle.engagement;

import java.io.IOException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.outsourcing.lifecycle.audit.AuditEntry;
import org.outsourcing.lifecycle.audit.AuditEntryType;
import org.outsourcing.lifecycle.audit.AuditTrail;
import org.outsourcing.lifecycle.contract.ContractOffer;
import org.outsourcing.lifecycle.contract.Contracts;
import org.outsourcing.lifecycle.contract.OfferStatus;
import org.outsourcing.lifecycle.support.EngineDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The signed contract as a PDF: every clause, the parties and both signatures with their
 * times; the same bytes each time, their SHA-256 in the audit trail; for the contractor
 * who signed it and the company's readers only.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ContractDocumentTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	LifecycleDriver lifecycle;

	@Autowired
	EngineDriver engine;

	@Autowired
	Contracts contracts;

	@Autowired
	AuditTrail audit;

	@AfterEach
	void resetClock() {
		this.engine.resetClock();
	}

	@Test
	void theContractorAndTheCompanyGetTheSameSignedPdfAndTheTrailHoldsItsHash() throws Exception {
		String id = this.lifecycle.start(LifecycleDriver.definition("none", false)).getId();
		this.lifecycle.hire(id, "contractor");
		ContractOffer signed = this.contracts.offers(id).get(0);
		assertThat(signed.status()).isEqualTo(OfferStatus.COUNTERSIGNED);

		MockHttpServletResponse toContractor = this.mvc
			.perform(get("/api/engagements/{id}/contract", id).with(as("contractor")))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andReturn()
			.getResponse();
		byte[] pdf = toContractor.getContentAsByteArray();

		String text = text(pdf);
		assertThat(text).contains("Contractor agreement", "Monthly newsletter", "1. Parties",
				"represented by its owner", "Name of contractor, user contractor", "2. Work and performance",
				"Twelve newsletters a year, with subject lines", "One newsletter a month, open rate above 25%",
				"3. Fees and payment", "250.00 USD", "Monthly retainer, paid within 15 days of invoice",
				"4. Confidentiality (non-disclosure)", "the company's business information and the work product",
				"5. Intellectual property and data",
				"All work product the contractor creates under this agreement " + "belongs to the company",
				"The company keeps control of its code and data", "6. Client contact and non-solicitation",
				"no client-contact clause applies", "7. Compliance", "requires no compliance statement",
				"8. Signatures",
				"For the contractor: signed by Name of contractor on " + utc(signed.signedAt().toString()),
				"For the company: countersigned by owner (owner) on " + utc(signed.countersignedAt().toString()));

		String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf));
		assertThat(toContractor.getHeader("X-Content-SHA256")).isEqualTo(sha256);
		List<AuditEntry> issued = issued(id);
		assertThat(issued).singleElement().satisfies((entry) -> {
			assertThat(entry.actor()).isEqualTo("contractor");
			assertThat(entry.details().path("sha256").asText()).isEqualTo(sha256);
			assertThat(entry.details().path("issuedTo").asText()).isEqualTo("contractor");
		});

		this.mvc.perform(get("/engagements/{id}", id).with(as("owner")))
			.andExpect(content().string(containsString("/engagements/" + id + "/contract.pdf")));
		byte[] toOwner = this.mvc.perform(get("/engagements/{id}/contract.pdf", id).with(as("owner")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(toOwner).as("the same contract gives the same bytes").isEqualTo(pdf);
		assertThat(issued(id)).hasSize(2).last().satisfies((entry) -> {
			assertThat(entry.actor()).isEqualTo("owner");
			assertThat(entry.details().path("sha256").asText()).isEqualTo(sha256);
		});
		this.mvc.perform(get("/engagements/{id}/contract.pdf", id).with(as("legal"))).andExpect(status().isOk());
		this.mvc.perform(get("/api/engagements/{id}/contract", id).with(as("auditor"))).andExpect(status().isOk());
	}

	@Test
	void nobodyElseGetsTheContract() throws Exception {
		String id = this.lifecycle.start(LifecycleDriver.definition("none", false)).getId();
		this.lifecycle.hire(id, "contractor");

		this.mvc.perform(get("/api/engagements/{id}/contract", id).with(as("contractor2")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/engagements/{id}/contract.pdf", id).with(as("contractor2")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/engagements/{id}/contract", id).with(as("recruiter")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/engagements/{id}/contract.pdf", id).with(as("it"))).andExpect(status().isForbidden());
		this.mvc.perform(get("/engagements/{id}", id).with(as("recruiter")))
			.andExpect(content().string(not(containsString("contract.pdf"))));
		this.mvc.perform(get("/api/engagements/{id}/contract", "no-such-engagement").with(as("owner")))
			.andExpect(status().isNotFound());
		assertThat(issued(id)).isEmpty();
	}

	@Test
	void aContractNotYetSignedByBothPartiesIsNoDocumentYet() throws Exception {
		String id = this.lifecycle.start(LifecycleDriver.definition("none", false)).getId();
		this.lifecycle.recruit(id, "contractor", "contractor", "contractor2");
		this.engine.complete(id, "draftContract", "legal", LifecycleDriver.contractDraft());

		this.mvc.perform(get("/api/engagements/{id}/contract", id).with(as("contractor")))
			.andExpect(status().isConflict())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(containsString("is not signed by both parties yet (the latest offer "
					+ "is offered); its document is issued once the contractor has signed and the owner countersigned")));
		this.mvc.perform(get("/engagements/{id}/contract.pdf", id).with(as("owner"))).andExpect(status().isConflict());
		this.mvc.perform(get("/api/engagements/{id}/contract", id).with(as("contractor2")))
			.andExpect(status().isNotFound());
		assertThat(issued(id)).isEmpty();
	}

	private List<AuditEntry> issued(String id) {
		return this.audit.entriesOf(id)
			.stream()
			.filter((entry) -> entry.type() == AuditEntryType.CONTRACT_DOCUMENT_ISSUED)
			.toList();
	}

	/** 2026-11-27T10:15:30.123Z as the document writes it: 2026-11-27 10:15:30 UTC. */
	private static String utc(String instant) {
		return instant.substring(0, 10) + " " + instant.substring(11, 19) + " UTC";
	}

	private static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setSortByPosition(true);
			return stripper.getText(document).replaceAll("\\s+", " ");
		}
	}

	private static RequestPostProcessor as(String name) {
		return user(name).authorities(() -> "GROUP_" + name.replaceAll("\\d+$", ""));
	}

}
