package org.outsourcing.lifecycle.security;

import jakarta.servlet.http.HttpServletResponse;

import org.flowable.common.rest.exception.ErrorInfo;
import org.flowable.rest.service.api.identity.UserResponse;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * What Flowable's REST API must not say: a user's password hash (it echoes it when a user
 * is created), and the text of an unexpected failure (SQL statements, null pointers, the
 * engine's view of things the caller cannot see). A 500 says only that it failed; the
 * cause is in the log.
 */
@ControllerAdvice(basePackages = "org.flowable")
class ProcessApiResponses implements ResponseBodyAdvice<Object> {

	private static final String FAILED = "Internal server error";

	@Override
	public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
		Class<?> type = returnType.getParameterType();
		return ErrorInfo.class.isAssignableFrom(type) || UserResponse.class.isAssignableFrom(type);
	}

	@Override
	public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType selectedContentType,
			Class<? extends HttpMessageConverter<?>> selectedConverterType, ServerHttpRequest request,
			ServerHttpResponse response) {
		if (body instanceof UserResponse user) {
			user.setPassword(null);
		}
		if (body instanceof ErrorInfo error && isServerError(response)) {
			error.setMessage(FAILED);
			error.setException(null);
		}
		return body;
	}

	private static boolean isServerError(ServerHttpResponse response) {
		if (response instanceof ServletServerHttpResponse servlet) {
			HttpServletResponse raw = servlet.getServletResponse();
			return raw.getStatus() >= 500;
		}
		return true;
	}

}
