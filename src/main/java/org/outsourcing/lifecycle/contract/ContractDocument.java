package org.outsourcing.lifecycle.contract;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The signed contract of an engagement as a PDF, with the SHA-256 of exactly these bytes
 * (lower-case hex), as the audit trail recorded it when it was issued.
 */
public record ContractDocument(String engagementId, byte[] pdf, String sha256) {

	/** The header that repeats the recorded hash, so that a receiver can check it. */
	public static final String SHA256_HEADER = "X-Content-SHA256";

	public String fileName() {
		return "contract-" + this.engagementId + ".pdf";
	}

	/** The answer that hands it over, from the API and from the pages alike. */
	public ResponseEntity<byte[]> asDownload() {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName()).build().toString())
			.header(SHA256_HEADER, this.sha256)
			.body(this.pdf);
	}

}
