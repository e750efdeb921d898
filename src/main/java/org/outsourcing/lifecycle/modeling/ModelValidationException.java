package org.outsourcing.lifecycle.modeling;

import java.util.List;
import java.util.stream.Collectors;

import org.flowable.common.engine.api.FlowableIllegalArgumentException;

/**
 * A deployment broke the product's model rules and was refused as a whole: nothing of it
 * was deployed. Answered with 400 and {@link #problems()}.
 */
public class ModelValidationException extends FlowableIllegalArgumentException {

	private final transient List<ModelProblem> problems;

	public ModelValidationException(List<ModelProblem> problems) {
		super("The models break " + problems.size() + " rule(s); nothing was deployed: "
				+ problems.stream().map(ModelProblem::toString).collect(Collectors.joining("; ")));
		this.problems = List.copyOf(problems);
	}

	public List<ModelProblem> problems() {
		return this.problems;
	}

}
