package org.outsourcing.lifecycle.config;

import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.servlet.http.HttpServletRequest;
import org.flowable.common.engine.api.FlowableForbiddenException;
import org.flowable.common.engine.api.FlowableIllegalArgumentException;
import org.flowable.common.engine.api.FlowableIllegalStateException;
import org.flowable.common.engine.api.FlowableObjectNotFoundException;
import org.flowable.common.engine.api.FlowableOptimisticLockingException;
import org.flowable.common.engine.api.FlowableTaskAlreadyClaimedException;
import org.flowable.common.rest.exception.FlowableConflictException;
import org.flowable.common.rest.exception.FlowableContentNotSupportedException;
import org.flowable.task.api.Task;
import org.outsourcing.lifecycle.audit.InvalidParameterException;
import org.outsourcing.lifecycle.forms.FormValidationException;
import org.outsourcing.lifecycle.forms.TaskAlreadyCompletedException;
import org.outsourcing.lifecycle.forms.TaskConflicts;
import org.outsourcing.lifecycle.modeling.ModelValidationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;

/**
 * The one error model of the REST interfaces, the product's {@code /api} and Flowable's
 * {@code /process-api}: RFC 9457 problem details ({@code application/problem+json}), the
 * reason a caller can act on in {@code detail}, and what concerns single fields or model
 * elements as extension members ({@code errors}, {@code problems}, {@code parameter}).
 * Flowable's DispatcherServlet finds this advice in its parent context; the highest
 * precedence puts it before Flowable's own {@code BaseExceptionHandlerAdvice}, which
 * answers with another shape and a wrong content type or method with 500. A page of the
 * UI is answered by its controller or the error page, as before.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems {

	private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

	static final String FAILED = "The server could not finish this request; the cause is logged";

	private final TaskConflicts conflicts;

	ApiProblems(TaskConflicts conflicts) {
		this.conflicts = conflicts;
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> problem(Exception ex, HttpServletRequest request) throws Exception {
		if (answeredByPage(request) || ex instanceof AccessDeniedException || ex instanceof AuthenticationException) {
			// pages have their error page; Spring Security answers its own refusals
			throw ex;
		}
		ProblemDetail problem = null;
		// the engine wraps what a delegate or expression refused ("Error while evaluating
		// expression"): the first cause that says what was wrong answers
		for (Throwable cause = ex; cause != null && problem == null; cause = cause.getCause()) {
			problem = describe(cause, request);
		}
		if (problem == null) {
			// anything else failed inside: its text may hold SQL or a null pointer's
			// detail
			problem = problem(HttpStatus.INTERNAL_SERVER_ERROR, FAILED);
			log.error("Request failed: " + request.getMethod() + " " + request.getRequestURI(), ex);
		}
		HttpHeaders headers = new HttpHeaders();
		if (ex instanceof ErrorResponse response) {
			headers.addAll(response.getHeaders());
		}
		// the problem's own type, whatever the caller accepts: a CSV export's error is a
		// problem document too, not a 406
		headers.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		return new ResponseEntity<>(problem, headers, problem.getStatus());
	}

	/** The problem this exception describes, or {@code null} for an unexpected one. */
	private ProblemDetail describe(Throwable ex, HttpServletRequest request) {
		if (ex instanceof FormValidationException invalid) {
			return with(
					problem(HttpStatus.BAD_REQUEST,
							"The values do not fit form '" + invalid.formKey() + "'; nothing was saved"),
					"errors", invalid.errors());
		}
		if (ex instanceof ModelValidationException refused) {
			return with(
					problem(HttpStatus.BAD_REQUEST,
							"The models break " + refused.problems().size() + " rule(s); nothing was deployed"),
					"problems", refused.problems());
		}
		if (ex instanceof InvalidParameterException invalid) {
			return with(problem(HttpStatus.BAD_REQUEST, invalid.getMessage()), "parameter", invalid.parameter());
		}
		if (ex instanceof FlowableObjectNotFoundException notFound) {
			String closed = closedTaskOf(notFound, request);
			return (closed != null) ? problem(HttpStatus.CONFLICT, closed)
					: problem(HttpStatus.NOT_FOUND, notFound.getMessage());
		}
		if (ex instanceof TaskAlreadyCompletedException || ex instanceof FlowableConflictException) {
			return problem(HttpStatus.CONFLICT, ex.getMessage());
		}
		if (ex instanceof FlowableOptimisticLockingException) {
			return problem(HttpStatus.CONFLICT,
					"Someone else changed this at the same moment and was first; reload and try again");
		}
		if (ex instanceof FlowableTaskAlreadyClaimedException claimed) {
			return problem(HttpStatus.CONFLICT, "Task " + claimed.getTaskId() + " is claimed by "
					+ claimed.getTaskAssignee() + "; only they can complete it unless they release it");
		}
		if (ex instanceof FlowableIllegalArgumentException || ex instanceof FlowableIllegalStateException) {
			return problem(HttpStatus.BAD_REQUEST, ex.getMessage());
		}
		if (ex instanceof FlowableForbiddenException) {
			return problem(HttpStatus.FORBIDDEN, ex.getMessage());
		}
		if (ex instanceof FlowableContentNotSupportedException) {
			return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, ex.getMessage());
		}
		if (ex instanceof HttpMessageNotReadableException unreadable) {
			return problem(HttpStatus.BAD_REQUEST, unreadableBody(unreadable));
		}
		if (ex instanceof HttpMediaTypeNotSupportedException unsupported) {
			return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
					"Send the body as application/json, not " + unsupported.getContentType());
		}
		if (ex instanceof TypeMismatchException mismatch) {
			return problem(HttpStatus.BAD_REQUEST, mismatch.getPropertyName() + ": has the wrong type or format");
		}
		if (ex instanceof ErrorResponse response && !response.getStatusCode().is5xxServerError()) {
			// Spring MVC's own refusals (missing parameter, method not allowed) and
			// ResponseStatusException
			return response.getBody();
		}
		return null;
	}

	/**
	 * Flowable's REST resources look a task up before acting on it, so the loser of a
	 * race learns "not found": a task that was open and is closed now is a conflict.
	 */
	private String closedTaskOf(FlowableObjectNotFoundException ex, HttpServletRequest request) {
		if (Task.class.equals(ex.getObjectClass()) && !"GET".equals(request.getMethod())
				&& request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> path
				&& path.get("taskId") instanceof String taskId) {
			return this.conflicts.closed(taskId).map(TaskAlreadyCompletedException::getMessage).orElse(null);
		}
		return null;
	}

	private static String unreadableBody(HttpMessageNotReadableException ex) {
		if (ex.getCause() instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
			return mismatch.getPath()
				.stream()
				.map((reference) -> (reference.getFieldName() != null) ? reference.getFieldName()
						: String.valueOf(reference.getIndex()))
				.collect(Collectors.joining(".")) + ": has the wrong type or format";
		}
		return "The request body is not valid JSON of the expected shape";
	}

	/**
	 * A page of the UI (a controller that renders views) or a static resource: not an API
	 * request. A request that matched no handler at all (in Flowable's servlet: a method
	 * its resource lacks) is one.
	 */
	private static boolean answeredByPage(HttpServletRequest request) {
		Object handler = request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE);
		if (handler == null) {
			return false;
		}
		return !(handler instanceof HandlerMethod method)
				|| !AnnotatedElementUtils.hasAnnotation(method.getBeanType(), ResponseBody.class);
	}

	private static ProblemDetail problem(HttpStatus status, String detail) {
		return ProblemDetail.forStatusAndDetail(status, detail);
	}

	private static ProblemDetail with(ProblemDetail problem, String member, Object value) {
		problem.setProperty(member, value);
		return problem;
	}

}
