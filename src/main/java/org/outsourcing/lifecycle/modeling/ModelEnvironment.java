package org.outsourcing.lifecycle.modeling;

/**
 * What a model may refer to outside its own deployment: the application's beans, the user
 * groups, the processes and decisions already deployed and the forms of {@code forms/}.
 */
interface ModelEnvironment {

	boolean beanExists(String name);

	boolean groupExists(String groupId);

	boolean processDeployed(String processKey);

	boolean decisionDeployed(String decisionKey);

	boolean sharedFormExists(String formKey);

}
