package org.outsourcing.lifecycle.security;

import java.util.Map;

import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.web.servlet.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;

/**
 * The body of Spring Boot's error answer ({@code /error}): the product's own reasons for
 * a 4xx stay (they are written for the user), but a 5xx never shows the exception's text,
 * which may hold SQL or a null pointer's detail, nor the exception or its trace.
 */
@Component
class ErrorAttributesWithoutInternals extends DefaultErrorAttributes {

	@Override
	public Map<String, Object> getErrorAttributes(WebRequest webRequest, ErrorAttributeOptions options) {
		Map<String, Object> attributes = super.getErrorAttributes(webRequest, options);
		attributes.remove("exception");
		attributes.remove("trace");
		if (attributes.get("status") instanceof Integer status && status >= 500) {
			attributes.put("message", "The server could not finish this request; the cause is logged");
		}
		return attributes;
	}

}
