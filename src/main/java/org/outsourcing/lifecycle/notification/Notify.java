package org.outsourcing.lifecycle.notification;

import org.flowable.common.engine.api.FlowableIllegalArgumentException;
import org.flowable.common.engine.api.delegate.Expression;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.DelegateHelper;
import org.flowable.engine.delegate.JavaDelegate;
import org.outsourcing.lifecycle.core.EngagementVariables;

import org.springframework.stereotype.Component;

/**
 * The reminders, escalations and notices that a model sends at a deadline: the service
 * task names the kind, the recipient and the text as fields, for example
 *
 * <pre>
 * &lt;serviceTask flowable:delegateExpression="${notify}"&gt;
 *   &lt;flowable:field name="kind" stringValue="REMINDER"/&gt;
 *   &lt;flowable:field name="toGroup" stringValue="recruiter"/&gt;
 *   &lt;flowable:field name="subject" expression="Screening of ${title} is due"/&gt;
 * </pre>
 *
 * The fields are read from the model on each call rather than injected, so the singleton
 * bean stays thread-safe.
 */
@Component("notify")
class Notify implements JavaDelegate {

	private final Notifications notifications;

	Notify(Notifications notifications) {
		this.notifications = notifications;
	}

	@Override
	public void execute(DelegateExecution execution) {
		NotificationKind kind = NotificationKind.valueOf(required(execution, "kind"));
		Notifications.Draft draft = this.notifications.about(EngagementVariables.engagementId(execution),
				execution.getProcessInstanceId(), kind);
		String group = optional(execution, "toGroup");
		String user = optional(execution, "toUser");
		if (user != null) {
			draft.toUser(user);
		}
		else if (group != null) {
			draft.toGroup(group);
		}
		draft.send(required(execution, "subject"), required(execution, "body"));
	}

	private static String required(DelegateExecution execution, String field) {
		String value = optional(execution, field);
		if (value == null) {
			throw new FlowableIllegalArgumentException("The notification of '" + execution.getCurrentActivityId()
					+ "' has no '" + field + "' field, or it evaluates to nothing");
		}
		return value;
	}

	private static String optional(DelegateExecution execution, String field) {
		Expression expression = DelegateHelper.getFieldExpression(execution, field);
		if (expression == null) {
			return null;
		}
		Object value = expression.getValue(execution);
		return (value == null || value.toString().isBlank()) ? null : value.toString();
	}

}
