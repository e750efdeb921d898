package org.outsourcing.lifecycle.engagement;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

import org.flowable.common.engine.api.FlowableIllegalArgumentException;
import org.flowable.common.engine.api.variable.VariableContainer;
import org.outsourcing.lifecycle.core.EngagementVariables;
import org.outsourcing.lifecycle.core.Variables;

/**
 * The owner's cut-off date: the work must be done by then, so nothing of the engagement
 * (trial deadline, retainer term) may run past the end of that day (UTC).
 */
public final class CutOffDate {

	private CutOffDate() {
	}

	/** The engagement's cut-off date, when it has one. */
	public static Optional<LocalDate> of(VariableContainer scope) {
		String date = Variables.text(scope, EngagementVariables.CUT_OFF_DATE);
		return (date == null || date.isBlank()) ? Optional.empty() : Optional.of(LocalDate.parse(date.trim()));
	}

	/** The end of the cut-off day, when the engagement has one. */
	public static Optional<Instant> endOf(VariableContainer scope) {
		return of(scope).map((date) -> date.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
	}

	/** The instant, or the end of the cut-off day when that comes first. */
	public static Instant bound(VariableContainer scope, Instant instant) {
		return endOf(scope).filter((end) -> end.isBefore(instant)).orElse(instant);
	}

	/**
	 * Refuses a deadline a person chose (the field they chose it in) that falls after the
	 * cut-off date.
	 */
	public static Instant requireWithin(VariableContainer scope, String field, Instant due) {
		endOf(scope).filter((end) -> end.isBefore(due)).ifPresent((end) -> {
			throw new FlowableIllegalArgumentException(field + ": would be due on " + due + ", after the cut-off date "
					+ Variables.text(scope, EngagementVariables.CUT_OFF_DATE)
					+ " when the work must be done; choose less time");
		});
		return due;
	}

}
