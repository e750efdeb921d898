package org.outsourcing.lifecycle.forms;

import java.util.List;
import java.util.Map;

/**
 * A rule across the fields of one form that no field's type or params can say ("budget
 * from" at most "budget up to"; the liaison is a liaison). A Spring bean of the feature
 * the form belongs to; {@link FormValidator} applies it to every submission that
 * completes the form, once each field on its own fits, on every interface.
 */
public interface FormRule {

	/** The form this rule is about. */
	String formKey();

	/**
	 * @param values the submission, in the types the processes read
	 * @return every field that breaks the rule, with what to do about it; empty when none
	 */
	List<FieldError> check(Map<String, Object> values);

}
