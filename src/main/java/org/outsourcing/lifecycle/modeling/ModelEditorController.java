package org.outsourcing.lifecycle.modeling;

import java.util.List;
import java.util.Map;

import org.flowable.common.engine.api.FlowableIllegalArgumentException;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The in-app modeler (admin-only): its page, and what its script asks while a process is
 * edited. Each call takes the edited BPMN file as the request body and answers JSON; it
 * is mapped twice, under {@code /api/admin} for HTTP Basic clients and under
 * {@code /operations/models} for the page, where the session and the CSRF token
 * authenticate it.
 */
@Controller
class ModelEditorController {

	private final ModelEditor editor;

	private final ProcessVersions versions;

	ModelEditorController(ModelEditor editor, ProcessVersions versions) {
		this.editor = editor;
		this.versions = versions;
	}

	/** The editor opened on this deployed version of the process. */
	@GetMapping("/operations/models/{processKey}/{version}/editor")
	String page(@PathVariable String processKey, @PathVariable int version, Model model) {
		this.versions.definition(processKey, version);
		model.addAttribute("processKey", processKey);
		model.addAttribute("version", version);
		return "model-editor";
	}

	/** The problems the model rules find in the edited model, by element id. */
	@PostMapping({ "/api/admin/processes/{processKey}/model/validation",
			"/operations/models/{processKey}/editor/validation" })
	@ResponseBody
	Map<String, List<ModelProblem>> validate(@PathVariable String processKey,
			@RequestBody(required = false) byte[] model) {
		return Map.of("problems", this.editor.validate(processKey, required(model)));
	}

	/** What the edited model changes against the deployed {@code version}. */
	@PostMapping({ "/api/admin/processes/{processKey}/model/changes",
			"/operations/models/{processKey}/editor/changes" })
	@ResponseBody
	List<ElementChange> changes(@PathVariable String processKey, @RequestParam int version,
			@RequestBody(required = false) byte[] model) {
		return this.editor.changes(processKey, version, required(model));
	}

	/**
	 * Deploys the edited model as the next version: 201 with the version, or 400 with
	 * every problem and nothing deployed.
	 */
	@PostMapping({ "/api/admin/processes/{processKey}/model", "/operations/models/{processKey}/editor/deployment" })
	@ResponseBody
	@ResponseStatus(HttpStatus.CREATED)
	ProcessVersion deploy(@PathVariable String processKey, @RequestBody(required = false) byte[] model) {
		return this.editor.deploy(processKey, required(model));
	}

	private static byte[] required(byte[] model) {
		if (model == null || model.length == 0) {
			throw new FlowableIllegalArgumentException("model: send the BPMN file as the request body");
		}
		return model;
	}

}
