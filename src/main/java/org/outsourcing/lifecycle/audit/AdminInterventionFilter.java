package org.outsourcing.lifecycle.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.outsourcing.lifecycle.core.CurrentUser;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingRequestWrapper;

/**
 * Records every intervention made through Flowable's REST API (job retries, variable
 * changes, deletions) with who made it. The request runs inside one transaction that the
 * engine's commands join, and the entry is written in it: the change and its record
 * commit together; a request that fails (4xx, 5xx) is rolled back whole.
 */
class AdminInterventionFilter extends OncePerRequestFilter {

	private static final int MAX_BODY = 4000;

	private final AdminInterventions interventions;

	private final AuditTrail trail;

	private final TransactionTemplate transactions;

	private final String servletPath;

	AdminInterventionFilter(AdminInterventions interventions, AuditTrail trail, TransactionTemplate transactions,
			String servletPath) {
		this.interventions = interventions;
		this.trail = trail;
		this.transactions = transactions;
		this.servletPath = servletPath;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (!path.startsWith(this.servletPath + "/")) {
			chain.doFilter(request, response);
			return;
		}
		Optional<AdminInterventions.Intervention> intervention = this.interventions.classify(request.getMethod(),
				path.substring(this.servletPath.length()));
		if (intervention.isEmpty()) {
			chain.doFilter(request, response);
			return;
		}
		ContentCachingRequestWrapper cached = new ContentCachingRequestWrapper(request, MAX_BODY);
		Failure failure = new Failure();
		this.transactions.executeWithoutResult((status) -> {
			try {
				chain.doFilter(cached, response);
			}
			catch (IOException | ServletException ex) {
				failure.exception = ex;
				status.setRollbackOnly();
				return;
			}
			if (response.getStatus() >= 400) {
				status.setRollbackOnly();
				return;
			}
			this.trail.record(entry(intervention.get(), request, cached, response));
		});
		if (failure.exception instanceof IOException io) {
			throw io;
		}
		if (failure.exception instanceof ServletException servlet) {
			throw servlet;
		}
	}

	private static AuditEvent entry(AdminInterventions.Intervention made, HttpServletRequest request,
			ContentCachingRequestWrapper cached, HttpServletResponse response) {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("intervention", made.kind().name());
		details.put("method", request.getMethod());
		details.put("path", request.getRequestURI());
		details.put("query", request.getQueryString());
		details.putAll(made.target());
		details.put("requestBody", new String(cached.getContentAsByteArray(), StandardCharsets.UTF_8));
		details.put("responseStatus", response.getStatus());
		return new AuditEvent(made.engagementId(), AuditEntryType.ADMIN_INTERVENTION, CurrentUser.actorId(),
				made.processInstanceId(), made.processDefinitionKey(), null, null, details);
	}

	/**
	 * A servlet failure carried out of the transaction callback, which cannot throw it.
	 */
	private static final class Failure {

		Exception exception;

	}

}
