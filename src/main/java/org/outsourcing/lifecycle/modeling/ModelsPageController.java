package org.outsourcing.lifecycle.modeling;

import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.flowable.common.engine.api.FlowableException;
import org.flowable.common.engine.api.FlowableObjectNotFoundException;
import org.flowable.engine.repository.Deployment;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admins' page for deployed models ({@code /operations/models}, admin-only like all
 * of {@code /operations}): versions and running instances per process, the difference
 * between two versions, moving instances to another version, deploying a file, editing a
 * version in the modeler and downloading a deployed one.
 */
@Controller
class ModelsPageController {

	private final ProcessVersions versions;

	private final EngagementMigration migration;

	private final ModelDeployments deployments;

	private final ModelExport export;

	ModelsPageController(ProcessVersions versions, EngagementMigration migration, ModelDeployments deployments,
			ModelExport export) {
		this.versions = versions;
		this.migration = migration;
		this.deployments = deployments;
		this.export = export;
	}

	@GetMapping("/operations/models")
	String show(@RequestParam(required = false) String process, @RequestParam(required = false) Integer from,
			@RequestParam(required = false) Integer to, Model model) {
		model.addAttribute("processes", this.versions.all());
		if (process != null && from != null && to != null) {
			model.addAttribute("compared", process);
			model.addAttribute("from", from);
			model.addAttribute("to", to);
			try {
				model.addAttribute("changes", this.versions.difference(process, from, to));
			}
			catch (FlowableException ex) {
				model.addAttribute("problem", ex.getMessage());
			}
		}
		return "models";
	}

	@PostMapping("/operations/models/deployments")
	String deploy(@RequestParam("file") MultipartFile file, RedirectAttributes redirect) throws IOException {
		try {
			Deployment deployment = this.deployments.deploy(file.getOriginalFilename(), file.getBytes());
			redirect.addFlashAttribute("notice", "Deployed '" + deployment.getName()
					+ "': new engagements start on the new versions; running ones stay where they are until moved.");
		}
		catch (ModelValidationException ex) {
			redirect.addFlashAttribute("problem", "'" + file.getOriginalFilename() + "' breaks " + ex.problems().size()
					+ " rule(s); nothing was deployed.");
			redirect.addFlashAttribute("modelProblems", ex.problems());
		}
		catch (FlowableException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/operations/models";
	}

	@PostMapping("/operations/models/{processKey}/migrations")
	String migrate(@PathVariable String processKey, @RequestParam int from, @RequestParam int to,
			@RequestParam(defaultValue = "") String instances, @RequestParam(defaultValue = "") String mappings,
			@RequestParam(defaultValue = "check") String action, Model model) {
		MigrationRequest request = new MigrationRequest(from, to, ids(instances), mappings(mappings));
		model.addAttribute("processes", this.versions.all());
		model.addAttribute("migrating", processKey);
		model.addAttribute("migrationFrom", from);
		model.addAttribute("migrationTo", to);
		model.addAttribute("migrationInstances", instances);
		model.addAttribute("migrationMappings", mappings);
		try {
			MigrationReport report = "migrate".equals(action) ? this.migration.migrate(processKey, request)
					: this.migration.validate(processKey, request);
			model.addAttribute("report", report);
			model.addAttribute("migrated", "migrate".equals(action));
		}
		catch (FlowableException ex) {
			model.addAttribute("problem", ex.getMessage());
		}
		return "models";
	}

	/** The version's diagram in bpmn-js's viewer (from the bpmn-js webjar). */
	@GetMapping("/operations/models/{processKey}/{version}/diagram")
	String diagram(@PathVariable String processKey, @PathVariable int version, Model model) {
		try {
			this.versions.definition(processKey, version);
		}
		catch (FlowableObjectNotFoundException ex) {
			// a page: the error page answers, with the status
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, ex.getMessage());
		}
		model.addAttribute("processKey", processKey);
		model.addAttribute("version", version);
		return "model-diagram";
	}

	/**
	 * The in-app modeler opened on this version (bpmn-js's modeler from its webjar); its
	 * calls are {@link ModelEditorController}'s.
	 */
	@GetMapping("/operations/models/{processKey}/{version}/editor")
	String editor(@PathVariable String processKey, @PathVariable int version, Model model) {
		diagram(processKey, version, model);
		return "model-editor";
	}

	@GetMapping("/operations/models/{processKey}/{version}/model")
	ResponseEntity<byte[]> download(@PathVariable String processKey, @PathVariable int version) {
		return ProcessModelController.download(this.export.model(processKey, version), processKey + ".bpmn20.xml",
				MediaType.APPLICATION_XML);
	}

	@GetMapping("/operations/models/{processKey}/{version}/deployment")
	ResponseEntity<byte[]> downloadDeployment(@PathVariable String processKey, @PathVariable int version) {
		return ProcessModelController.download(this.export.deployment(processKey, version),
				processKey + "-v" + version + ".bar", MediaType.APPLICATION_OCTET_STREAM);
	}

	private static List<String> ids(String text) {
		return Arrays.stream(text.split("[,\\s]+")).filter((id) -> !id.isBlank()).toList();
	}

	/** One mapping a line: {@code oldActivityId = newActivityId}. */
	private static Map<String, String> mappings(String text) {
		Map<String, String> mappings = new LinkedHashMap<>();
		for (String line : text.split("\\R")) {
			if (line.contains("=")) {
				String[] pair = line.split("=", 2);
				if (!pair[0].isBlank() && !pair[1].isBlank()) {
					mappings.put(pair[0].trim(), pair[1].trim());
				}
			}
		}
		return mappings;
	}

}
