package org.outsourcing.lifecycle.modeling;

import java.util.List;
import java.util.Map;

import org.flowable.common.engine.api.FlowableIllegalArgumentException;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the in-app modeler's script asks while an admin edits a process (the page is
 * {@link ModelsPageController}'s). Each call takes the edited BPMN file as the request
 * body and answers JSON; it is mapped twice, under {@code /api/admin} for HTTP Basic
 * clients and under {@code /operations/models} for the page, where the session and the
 * CSRF token authenticate it.
 */
@RestController
class ModelEditorController {

	private final ModelEditor editor;

	ModelEditorController(ModelEditor editor) {
		this.editor = editor;
	}

	/** The problems the model rules find in the edited model, by element id. */
	@PostMapping({ "/api/admin/processes/{processKey}/model/validation",
			"/operations/models/{processKey}/editor/validation" })
	Map<String, List<ModelProblem>> validate(@PathVariable String processKey,
			@RequestBody(required = false) byte[] model) {
		return Map.of("problems", this.editor.validate(processKey, required(model)));
	}

	/** What the edited model changes against the deployed {@code version}. */
	@PostMapping({ "/api/admin/processes/{processKey}/model/changes",
			"/operations/models/{processKey}/editor/changes" })
	List<ElementChange> changes(@PathVariable String processKey, @RequestParam int version,
			@RequestBody(required = false) byte[] model) {
		return this.editor.changes(processKey, version, required(model));
	}

	/**
	 * Deploys the edited model as the next version: 201 with the version, or 400 with
	 * every problem and nothing deployed.
	 */
	@PostMapping({ "/api/admin/processes/{processKey}/model", "/operations/models/{processKey}/editor/deployment" })
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
