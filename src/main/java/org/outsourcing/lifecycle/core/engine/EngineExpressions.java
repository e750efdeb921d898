package org.outsourcing.lifecycle.core.engine;

import org.flowable.common.engine.api.variable.VariableContainer;
import org.flowable.engine.impl.cfg.ProcessEngineConfigurationImpl;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Evaluates an expression of a form or a model ({@code ${applications.selectable(adId)}})
 * as the engine evaluates the models' own: the same expression language, the same beans
 * ({@code security.ExpressionBeans}), the variables of the given scope. Flowable hands
 * out its expression manager only on its internal configuration class, which this adapter
 * alone uses ({@code EngineExpressionsTest} evaluates against a real process).
 */
@Component
public class EngineExpressions {

	private final ObjectProvider<ProcessEngineConfigurationImpl> engine;

	/**
	 * @param engine read on use: the engine's own configuration needs the forms, which
	 * need this, before the engine exists
	 */
	EngineExpressions(ObjectProvider<ProcessEngineConfigurationImpl> engine) {
		this.engine = engine;
	}

	/**
	 * The expression's value in this scope (a process, a task, or no variables at all).
	 */
	public Object evaluate(String expression, VariableContainer scope) {
		return this.engine.getObject().getExpressionManager().createExpression(expression).getValue(scope);
	}

}
