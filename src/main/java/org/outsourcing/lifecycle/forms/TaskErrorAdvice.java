package org.outsourcing.lifecycle.forms;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.flowable.common.engine.api.FlowableObjectNotFoundException;
import org.flowable.common.engine.api.FlowableOptimisticLockingException;
import org.flowable.common.engine.api.FlowableTaskAlreadyClaimedException;
import org.flowable.engine.HistoryService;
import org.flowable.task.api.Task;
import org.flowable.task.api.history.HistoricTaskInstance;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.HandlerMapping;

/**
 * How refused submissions and lost races answer, on the product's API and on Flowable's
 * REST API alike: Flowable's own DispatcherServlet finds this advice in its parent
 * context, and its order puts it before Flowable's {@code BaseExceptionHandlerAdvice},
 * which would answer a lost race with 500.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class TaskErrorAdvice {

	private final HistoryService history;

	TaskErrorAdvice(HistoryService history) {
		this.history = history;
	}

	@ExceptionHandler(FormValidationException.class)
	ResponseEntity<ErrorBody> invalid(FormValidationException ex) {
		return ResponseEntity.badRequest()
			.body(new ErrorBody("The values do not fit form '" + ex.formKey() + "'; nothing was saved", ex.errors()));
	}

	@ExceptionHandler(TaskAlreadyCompletedException.class)
	ResponseEntity<ErrorBody> closed(TaskAlreadyCompletedException ex) {
		return conflict(ex.getMessage());
	}

	@ExceptionHandler(FlowableOptimisticLockingException.class)
	ResponseEntity<ErrorBody> raced(FlowableOptimisticLockingException ex) {
		return conflict("Someone else changed this at the same moment and was first; reload and try again");
	}

	@ExceptionHandler(FlowableTaskAlreadyClaimedException.class)
	ResponseEntity<ErrorBody> claimed(FlowableTaskAlreadyClaimedException ex) {
		return conflict("Task " + ex.getTaskId() + " is claimed by " + ex.getTaskAssignee()
				+ "; only they can complete it unless they release it");
	}

	/**
	 * Flowable's REST resources look a task up before acting on it, so the loser of a
	 * race learns "not found": a task that was open and is closed now is a conflict.
	 */
	@ExceptionHandler(FlowableObjectNotFoundException.class)
	ResponseEntity<ErrorBody> notFound(FlowableObjectNotFoundException ex, HttpServletRequest request) {
		if (Task.class.equals(ex.getObjectClass()) && !"GET".equals(request.getMethod())
				&& request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> path
				&& path.get("taskId") instanceof String taskId) {
			HistoricTaskInstance closed = this.history.createHistoricTaskInstanceQuery()
				.taskId(taskId)
				.finished()
				.singleResult();
			if (closed != null) {
				return conflict(TaskConflicts.closedMessage(closed));
			}
		}
		return ResponseEntity.status(HttpStatus.NOT_FOUND).body(ErrorBody.of(ex.getMessage()));
	}

	private static ResponseEntity<ErrorBody> conflict(String message) {
		return ResponseEntity.status(HttpStatus.CONFLICT).body(ErrorBody.of(message));
	}

}
