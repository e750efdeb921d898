package org.outsourcing.lifecycle.modeling;

import java.util.List;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A refused deployment answers 400 with each problem, on the product's API and on
 * Flowable's REST API alike (Flowable's DispatcherServlet finds this advice in its parent
 * context; the order puts it before Flowable's own).
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ModelErrorAdvice {

	@ExceptionHandler(ModelValidationException.class)
	ResponseEntity<RefusedDeployment> refused(ModelValidationException ex) {
		return ResponseEntity.badRequest()
			.body(new RefusedDeployment("The models break " + ex.problems().size() + " rule(s); nothing was deployed",
					ex.problems()));
	}

	record RefusedDeployment(String message, List<ModelProblem> problems) {
	}

}
