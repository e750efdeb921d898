package org.outsourcing.lifecycle.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The pages anyone may post to (careers, setting a password) refuse a body larger than
 * {@code lifecycle.careers.max-request-bytes} with 413 before anything reads it, the CSRF
 * check included. The form's fields have their own, smaller limits.
 */
@Configuration(proxyBeanMethods = false)
class PublicRequestSizeLimit {

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> publicRequestSizeFilter(CareersProperties properties) {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
				new SizeFilter(properties.maxRequestBytes()));
		registration.addUrlPatterns("/careers/*", "/account/*");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
		return registration;
	}

	private static final class SizeFilter extends OncePerRequestFilter {

		private final long maxBytes;

		SizeFilter(long maxBytes) {
			this.maxBytes = maxBytes;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			if (request.getContentLengthLong() > this.maxBytes) {
				response.sendError(HttpStatus.PAYLOAD_TOO_LARGE.value(),
						"The request is larger than " + this.maxBytes + " bytes");
				return;
			}
			chain.doFilter(request, response);
		}

	}

}
