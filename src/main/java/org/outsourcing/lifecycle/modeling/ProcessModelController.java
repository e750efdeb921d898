package org.outsourcing.lifecycle.modeling;

import java.util.List;
import java.util.Map;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The admins' API for deployed models (under {@code /api/admin}, admin-only): versions
 * and how many instances run on each, the difference between two versions, and moving
 * running instances to another version.
 */
@RestController
@RequestMapping("/api/admin/processes")
class ProcessModelController {

	private final ProcessVersions versions;

	private final EngagementMigration migration;

	private final ModelExport export;

	ProcessModelController(ProcessVersions versions, EngagementMigration migration, ModelExport export) {
		this.versions = versions;
		this.migration = migration;
		this.export = export;
	}

	@GetMapping
	Map<String, List<ProcessVersion>> processes() {
		return this.versions.all();
	}

	@GetMapping("/{processKey}/versions")
	List<ProcessVersion> versions(@PathVariable String processKey) {
		return this.versions.versions(processKey);
	}

	@GetMapping("/{processKey}/difference")
	List<ElementChange> difference(@PathVariable String processKey, @RequestParam int from, @RequestParam int to) {
		return this.versions.difference(processKey, from, to);
	}

	/** The BPMN file of this version, to put back into {@code processes/}. */
	@GetMapping("/{processKey}/versions/{version}/model")
	ResponseEntity<byte[]> model(@PathVariable String processKey, @PathVariable int version) {
		return download(this.export.model(processKey, version), processKey + ".bpmn20.xml", MediaType.APPLICATION_XML);
	}

	/**
	 * The whole deployment of this version (models, DMN tables, forms) as a {@code .bar}
	 * laid out like the repository: unzip it at the root and commit.
	 */
	@GetMapping("/{processKey}/versions/{version}/deployment")
	ResponseEntity<byte[]> deployment(@PathVariable String processKey, @PathVariable int version) {
		return download(this.export.deployment(processKey, version), processKey + "-v" + version + ".bar",
				MediaType.APPLICATION_OCTET_STREAM);
	}

	/** What a migration would do; changes nothing. */
	@PostMapping("/{processKey}/migrations/validation")
	MigrationReport validate(@PathVariable String processKey, @RequestBody MigrationRequest request) {
		return this.migration.validate(processKey, request);
	}

	/**
	 * Moves each instance that can move; 200 when all moved, 409 with the same report
	 * when some could not (those stay where they are).
	 */
	@PostMapping("/{processKey}/migrations")
	ResponseEntity<MigrationReport> migrate(@PathVariable String processKey, @RequestBody MigrationRequest request) {
		MigrationReport report = this.migration.migrate(processKey, request);
		return ResponseEntity.status(report.allMigratable() ? 200 : 409).body(report);
	}

	static ResponseEntity<byte[]> download(byte[] content, String fileName, MediaType type) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName).build().toString())
			.body(content);
	}

}
