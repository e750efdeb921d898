package org.outsourcing.lifecycle.audit;

/** A request parameter that cannot be used; answered as 400 naming the parameter. */
public class InvalidParameterException extends RuntimeException {

	private final String parameter;

	InvalidParameterException(String parameter, String reason) {
		super("Parameter '" + parameter + "': " + reason);
		this.parameter = parameter;
	}

	public String parameter() {
		return this.parameter;
	}

}
