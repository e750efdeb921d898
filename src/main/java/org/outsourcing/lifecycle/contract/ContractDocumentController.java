package org.outsourcing.lifecycle.contract;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.outsourcing.lifecycle.core.CurrentUser;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed contract of an engagement as a PDF, for its contractor and the company's
 * readers ({@link ContractDocuments}); each download is recorded in the audit trail with
 * the SHA-256 of the bytes, which the answer repeats in
 * {@link ContractDocument#SHA256_HEADER}.
 */
@RestController
class ContractDocumentController {

	private final ContractDocuments documents;

	ContractDocumentController(ContractDocuments documents) {
		this.documents = documents;
	}

	@Operation(summary = "The signed contract as a PDF",
			description = "All clauses, the parties and both signatures with their times. For the contractor who "
					+ "signed it and for owners, legal, liaisons, finance, auditors and admins; another contractor "
					+ "gets 404, another role 403, a contract not yet signed by both parties 409. Each download is "
					+ "recorded in the audit trail (CONTRACT_DOCUMENT_ISSUED) with the SHA-256 of the bytes.",
			responses = @ApiResponse(responseCode = "200", description = "The PDF",
					content = @Content(mediaType = MediaType.APPLICATION_PDF_VALUE,
							schema = @Schema(type = "string", format = "binary"))))
	@GetMapping("/api/engagements/{engagementId}/contract")
	ResponseEntity<byte[]> contract(@PathVariable String engagementId) {
		return this.documents.issue(engagementId, CurrentUser.get()).asDownload();
	}

}
