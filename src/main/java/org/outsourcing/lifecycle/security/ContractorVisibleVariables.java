package org.outsourcing.lifecycle.security;

import java.util.Set;

/**
 * The process variables a contractor may read and write. The forms declare them (fields
 * shared with contractors, the inputs of their own task), so the forms feature answers;
 * declared here so that the authorization rules need not depend on the forms feature,
 * which itself asks security who may see a task.
 */
public interface ContractorVisibleVariables {

	/** The variables shared with contractors in general, whatever their task. */
	Set<String> shared();

	/**
	 * What a contractor may read at their task with this form key ({@code key} or
	 * {@code forms/key.form}).
	 */
	Set<String> atTask(String formKey);

	/** What a contractor may write when completing their task with this form key. */
	Set<String> inputsAt(String formKey);

}
