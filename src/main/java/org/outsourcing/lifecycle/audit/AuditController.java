package org.outsourcing.lifecycle.audit;

import java.util.List;

import org.outsourcing.lifecycle.core.EngagementNotFoundException;
import org.outsourcing.lifecycle.core.Engagements;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit trail of an engagement (JSON, CSV or JSON Lines) and the verification of the
 * whole chain.
 */
@RestController
@RequestMapping("/api")
class AuditController {

	static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

	static final MediaType JSON_LINES = MediaType.parseMediaType("application/x-ndjson;charset=UTF-8");

	private final AuditTrail trail;

	private final AuditVerifier verifier;

	private final AuditExport export;

	private final Engagements engagements;

	AuditController(AuditTrail trail, AuditVerifier verifier, AuditExport export, Engagements engagements) {
		this.trail = trail;
		this.verifier = verifier;
		this.export = export;
		this.engagements = engagements;
	}

	/**
	 * {@code ?format=json|csv|jsonl} wins over the Accept header ({@code text/csv},
	 * {@code application/x-ndjson}); JSON otherwise.
	 */
	@GetMapping("/engagements/{engagementId}/audit")
	ResponseEntity<?> trail(@PathVariable String engagementId, @RequestParam(required = false) String format,
			@RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
		String chosen = chooseFormat(format, accept);
		List<AuditEntry> entries = this.trail.entriesOf(engagementId);
		if (entries.isEmpty() && this.engagements.find(engagementId).isEmpty()) {
			throw new EngagementNotFoundException(engagementId);
		}
		return switch (chosen) {
			case "csv" -> file(engagementId, "csv", CSV, this.export.csv(entries));
			case "jsonl" -> file(engagementId, "jsonl", JSON_LINES, this.export.jsonLines(entries));
			default -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(entries);
		};
	}

	@GetMapping("/audit/verify")
	ChainVerification verify() {
		return this.verifier.verify();
	}

	private static String chooseFormat(String format, String accept) {
		if (format != null) {
			String normalised = format.trim().toLowerCase();
			if (!List.of("json", "csv", "jsonl").contains(normalised)) {
				throw new InvalidParameterException("format",
						"'" + format + "' is not an export format; use json, csv or jsonl");
			}
			return normalised;
		}
		if (accept != null && accept.contains("text/csv")) {
			return "csv";
		}
		if (accept != null && (accept.contains("application/x-ndjson") || accept.contains("application/jsonl"))) {
			return "jsonl";
		}
		return "json";
	}

	private static ResponseEntity<String> file(String engagementId, String extension, MediaType type, String body) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename=\"engagement-" + engagementId + "-audit." + extension + "\"")
			.body(body);
	}

}
