package org.outsourcing.lifecycle.web;

import org.flowable.common.engine.api.FlowableForbiddenException;
import org.flowable.common.engine.api.FlowableObjectNotFoundException;
import org.flowable.common.rest.exception.FlowableConflictException;
import org.outsourcing.lifecycle.contract.ContractDocuments;
import org.outsourcing.lifecycle.core.CurrentUser;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The signed contract's PDF from the pages (the engagement's page, the contractor's "My
 * work"), as {@code GET /api/engagements/{id}/contract} gives it: the same rules, the
 * same audit entry; a refusal is the error page.
 */
@Controller
class ContractPageController {

	private final ContractDocuments documents;

	ContractPageController(ContractDocuments documents) {
		this.documents = documents;
	}

	@GetMapping("/engagements/{engagementId}/contract.pdf")
	ResponseEntity<byte[]> contract(@PathVariable String engagementId) {
		try {
			return this.documents.issue(engagementId, CurrentUser.get()).asDownload();
		}
		catch (FlowableObjectNotFoundException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, ex.getMessage());
		}
		catch (FlowableForbiddenException ex) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN, ex.getMessage());
		}
		catch (FlowableConflictException ex) {
			throw new ResponseStatusException(HttpStatus.CONFLICT, ex.getMessage());
		}
	}

}
