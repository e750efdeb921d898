package org.outsourcing.lifecycle.web;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.flowable.common.engine.api.FlowableForbiddenException;
import org.flowable.common.engine.api.FlowableIllegalArgumentException;
import org.flowable.common.engine.api.FlowableObjectNotFoundException;
import org.flowable.common.rest.exception.FlowableConflictException;
import org.flowable.engine.HistoryService;
import org.flowable.engine.history.HistoricProcessInstance;
import org.outsourcing.lifecycle.contract.ContractDocuments;
import org.outsourcing.lifecycle.core.Engagement;
import org.outsourcing.lifecycle.core.EngagementStatus;
import org.outsourcing.lifecycle.engagement.EngagementWithdrawals;
import org.outsourcing.lifecycle.core.Engagements;
import org.outsourcing.lifecycle.forms.FieldError;
import org.outsourcing.lifecycle.forms.FormValidationException;
import org.outsourcing.lifecycle.forms.FormView;
import org.outsourcing.lifecycle.forms.TaskForms;
import org.outsourcing.lifecycle.retainer.Retainers;
import org.outsourcing.lifecycle.core.CurrentUser;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Engagements: the list, one engagement with its diagram, stages and open tasks, and
 * starting a new one with the work definition form (owner). Who may open which page is in
 * {@code security.SecurityConfiguration}.
 */
@Controller
class EngagementController {

	/** The one thread the page shows: the engagement's. */
	private static final String THREAD = "engagement";

	private final EngagementOverview overview;

	private final EngagementDiagram diagram;

	private final HistoryService history;

	private final TaskForms forms;

	private final Engagements engagements;

	private final ProcessNames names;

	private final EngagementWithdrawals withdrawals;

	private final EngagementWaits waits;

	private final Retainers retainers;

	private final EngagementDisputes disputes;

	private final ContractDocuments contracts;

	private final CommentThreads threads;

	EngagementController(EngagementOverview overview, EngagementDiagram diagram, HistoryService history,
			TaskForms forms, Engagements engagements, ProcessNames names, EngagementWithdrawals withdrawals,
			EngagementWaits waits, Retainers retainers, EngagementDisputes disputes, ContractDocuments contracts,
			CommentThreads threads) {
		this.threads = threads;
		this.contracts = contracts;
		this.withdrawals = withdrawals;
		this.disputes = disputes;
		this.retainers = retainers;
		this.waits = waits;
		this.overview = overview;
		this.diagram = diagram;
		this.history = history;
		this.forms = forms;
		this.engagements = engagements;
		this.names = names;
	}

	@GetMapping("/engagements")
	String list(Model model) {
		model.addAttribute("engagements", this.overview.list());
		return "engagements";
	}

	@GetMapping("/engagements/{engagementId}")
	String show(@PathVariable String engagementId, @RequestParam(required = false) String process, Model model) {
		EngagementSummary summary = this.overview.find(engagementId).orElseThrow(() -> notFound(engagementId));
		List<StagePath> stages = this.overview.stages(engagementId);
		String shown = (process != null) ? process : engagementId;
		StagePath selected = stages.stream()
			.filter((stage) -> stage.processInstanceId().equals(shown))
			.findFirst()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
					"Process " + shown + " is not part of engagement " + engagementId));
		model.addAttribute("engagement", summary);
		model.addAttribute("record", this.engagements.find(engagementId).orElse(null));
		boolean owner = CurrentUser.get().isIn(EngagementWithdrawals.OWNER_GROUP);
		model.addAttribute("canWithdraw", owner && this.withdrawals.canWithdraw(engagementId));
		model.addAttribute("waits", this.waits.of(engagementId));
		model.addAttribute("canMoveWaits", owner);
		model.addAttribute("runningRetainer", owner ? this.retainers.active(engagementId).orElse(null) : null);
		model.addAttribute("disputes", this.disputes.of(engagementId));
		boolean readsContracts = ContractDocuments.COMPANY_READERS.stream().anyMatch(CurrentUser.get()::isIn);
		model.addAttribute("signedContract",
				readsContracts ? this.contracts.signedOffer(engagementId).orElse(null) : null);
		model.addAttribute("thread",
				this.threads.of(engagementId, CurrentUser.get(), THREAD, "/engagements/" + engagementId + "/comments"));
		model.addAttribute("stages", stages);
		model.addAttribute("selected", selected);
		model.addAttribute("tasks",
				this.overview.openTasks(engagementId)
					.stream()
					.map((task) -> new OpenTask(task.getId(), task.getName(),
							this.names.stage(task.getProcessDefinitionId()).name(), task.getAssignee(),
							(task.getDueDate() != null) ? task.getDueDate().toInstant() : null))
					.toList());
		return "engagement";
	}

	/**
	 * The company's people write in the engagement's thread, for the company only or for
	 * the contractor too.
	 */
	@PostMapping("/engagements/{engagementId}/comments")
	String comment(@PathVariable String engagementId, @RequestParam(defaultValue = "") String text,
			@RequestParam(defaultValue = "false") boolean forContractor, RedirectAttributes redirect) {
		this.threads.write(engagementId, CurrentUser.get(), text, forContractor, null, THREAD, redirect);
		return "redirect:/engagements/" + engagementId + "#comments-" + THREAD;
	}

	/** The owner withdraws the engagement with a reason; the page says what it ended. */
	@PostMapping("/engagements/{engagementId}/withdraw")
	String withdraw(@PathVariable String engagementId, @RequestParam(defaultValue = "") String reason,
			RedirectAttributes redirect) {
		CurrentUser user = CurrentUser.get();
		try {
			this.withdrawals.withdraw(engagementId, reason, user.id(), user.isIn(EngagementWithdrawals.OWNER_GROUP));
		}
		catch (FlowableObjectNotFoundException ex) {
			throw notFound(engagementId);
		}
		catch (FlowableForbiddenException ex) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN, ex.getMessage());
		}
		catch (FlowableIllegalArgumentException ex) {
			redirect.addFlashAttribute("withdrawError",
					"Reason for the withdrawal: " + ex.getMessage().replaceFirst("^reason: ", ""));
			redirect.addFlashAttribute("withdrawReason", reason);
			return "redirect:/engagements/" + engagementId + "#withdraw";
		}
		catch (FlowableConflictException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
			return "redirect:/engagements/" + engagementId;
		}
		redirect.addFlashAttribute("notice",
				"The engagement is withdrawn: every stage ended, access is revoked and everyone involved is told.");
		return "redirect:/engagements/" + engagementId;
	}

	/**
	 * The owner ends a wait now (e.g. closes the application window early), with a
	 * reason.
	 */
	@PostMapping("/engagements/{engagementId}/waits/{jobId}/end")
	String endWait(@PathVariable String engagementId, @PathVariable String jobId,
			@RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
		return moveWait(engagementId, jobId, reason, null, redirect);
	}

	/** The owner moves a wait to a later day, with a reason. */
	@PostMapping("/engagements/{engagementId}/waits/{jobId}/extend")
	String extendWait(@PathVariable String engagementId, @PathVariable String jobId,
			@RequestParam(defaultValue = "") String reason, @RequestParam(defaultValue = "") String until,
			RedirectAttributes redirect) {
		return moveWait(engagementId, jobId, reason, until, redirect);
	}

	private String moveWait(String engagementId, String jobId, String reason, String until,
			RedirectAttributes redirect) {
		if (!CurrentUser.get().isIn(EngagementWithdrawals.OWNER_GROUP)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Only an owner can change the deadlines");
		}
		try {
			EngagementWaits.Wait wait = (until == null) ? this.waits.endNow(engagementId, jobId, reason)
					: this.waits.extend(engagementId, jobId, until, reason);
			redirect.addFlashAttribute("notice", (until == null) ? "'" + wait.what() + "' happened now."
					: "'" + wait.what() + "' is moved to " + until + ".");
		}
		catch (FlowableObjectNotFoundException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		catch (FlowableIllegalArgumentException ex) {
			boolean aboutDate = ex.getMessage().startsWith("until: ");
			redirect.addFlashAttribute("waitError", new WaitError(jobId, aboutDate ? "until" : "reason",
					(aboutDate ? "New date: " : "Reason: ") + ex.getMessage().replaceFirst("^\\w+: ", "")));
			redirect.addFlashAttribute("waitReason", reason);
			return "redirect:/engagements/" + engagementId + "#wait-" + jobId;
		}
		return "redirect:/engagements/" + engagementId;
	}

	/** A refused change of one wait, shown at its field. */
	record WaitError(String jobId, String field, String message) {
	}

	@GetMapping("/engagements/{engagementId}/diagram.png")
	ResponseEntity<byte[]> diagram(@PathVariable String engagementId, @RequestParam(required = false) String process) {
		return ResponseEntity.ok()
			.contentType(MediaType.IMAGE_PNG)
			.cacheControl(CacheControl.noStore())
			.body(this.diagram.png(instanceOf(engagementId, process)));
	}

	/**
	 * What the page's bpmn-js viewer shows of the engagement or one of its stages: the
	 * model, where it stands, the path taken and the stages its call activities opened.
	 */
	@GetMapping("/engagements/{engagementId}/diagram.json")
	ResponseEntity<EngagementDiagram.DiagramState> diagramState(@PathVariable String engagementId,
			@RequestParam(required = false) String process) {
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noStore())
			.body(this.diagram.state(instanceOf(engagementId, process)));
	}

	/** The engagement's process instance or one of its stages; anything else is 404. */
	private HistoricProcessInstance instanceOf(String engagementId, String process) {
		String shown = (process != null) ? process : engagementId;
		boolean belongs = this.overview.stages(engagementId)
			.stream()
			.anyMatch((stage) -> stage.processInstanceId().equals(shown));
		if (!belongs) {
			throw notFound(engagementId);
		}
		return this.history.createHistoricProcessInstanceQuery().processInstanceId(shown).singleResult();
	}

	@GetMapping("/engagements/new")
	String startForm(Model model) {
		FormView form = this.forms.startForm(EngagementOverview.ENGAGEMENT_PROCESS);
		return start(form, Map.of(), List.of(), model);
	}

	@PostMapping("/engagements/new")
	String startEngagement(@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		CurrentUser user = CurrentUser.get();
		FormView form = this.forms.startForm(EngagementOverview.ENGAGEMENT_PROCESS);
		String engagementId;
		try {
			engagementId = this.forms.start(EngagementOverview.ENGAGEMENT_PROCESS,
					SubmittedValues.of(form, params, (field) -> true), params.get(FormPage.OUTCOME), user.id());
		}
		catch (FormValidationException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("problem", "Some entries need a correction; nothing was started yet.");
			return start(form, SubmittedValues.typed(form, params), ex.errors(), model);
		}
		Engagement record = this.engagements.find(engagementId).orElse(null);
		if (record != null && record.status() == EngagementStatus.REFUSED) {
			redirect.addFlashAttribute("problem", "The request was refused: " + record.statusReason());
		}
		else {
			redirect.addFlashAttribute("notice", "The engagement is started.");
		}
		return "redirect:/engagements/" + engagementId;
	}

	private String start(FormView form, Map<String, ?> values, List<FieldError> errors, Model model) {
		model.addAttribute("form", FormPage.of(form, values, errors, (field) -> true));
		return "engagement-new";
	}

	private static ResponseStatusException notFound(String engagementId) {
		return new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no engagement " + engagementId);
	}

	record OpenTask(String id, String name, String stage, String assignee, java.time.Instant due) {
	}

}
