package org.outsourcing.lifecycle.config;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The OpenAPI document and the controllers stay in step: every operation of the product's
 * {@code /api} controllers is in the document with its method, its request body, a
 * success answer and its errors as problem details; the document and Swagger UI are for
 * signed-in users only.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OpenApiDocumentTest {

	private static final ObjectMapper JSON = new ObjectMapper();

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void everyApiOperationIsDocumentedWithItsBodyAndErrors() throws Exception {
		JsonNode paths = document().path("paths");
		List<String> checked = new ArrayList<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : this.mappings.getHandlerMethods().entrySet()) {
			HandlerMethod handler = mapping.getValue();
			if (!handler.getBeanType().getPackageName().startsWith("org.outsourcing.lifecycle")) {
				continue;
			}
			for (String path : mapping.getKey().getPatternValues()) {
				if (!path.startsWith("/api/")) {
					continue;
				}
				for (RequestMethod method : mapping.getKey().getMethodsCondition().getMethods()) {
					String what = method + " " + path;
					JsonNode operation = paths.path(path).path(method.name().toLowerCase());
					assertThat(operation.isObject()).as(what + " is in the document").isTrue();
					JsonNode responses = operation.path("responses");
					assertThat(responses.fieldNames()).toIterable()
						.as(what + " answers")
						.anyMatch((status) -> status.startsWith("2"))
						.contains("401", "403", "500");
					responses.fields().forEachRemaining((response) -> {
						if (response.getKey().startsWith("4") || response.getKey().startsWith("5")) {
							assertThat(response.getValue().path("content").has("application/problem+json"))
								.as(what + " " + response.getKey() + " is a problem document")
								.isTrue();
						}
					});
					boolean takesBody = Arrays.stream(handler.getMethodParameters())
						.anyMatch((parameter) -> parameter.hasParameterAnnotation(RequestBody.class));
					if (takesBody) {
						assertThat(operation.path("requestBody").path("content").isObject())
							.as(what + " documents its request body")
							.isTrue();
						assertThat(responses.has("400")).as(what + " can refuse its body").isTrue();
					}
					checked.add(what);
				}
			}
		}
		assertThat(checked).contains("POST /api/tasks/{taskId}/complete", "GET /api/engagements/{engagementId}/audit",
				"POST /api/engagements/{engagementId}/withdrawal", "GET /api/engagements/{engagementId}/comments",
				"POST /api/engagements/{engagementId}/comments", "GET /api/notifications",
				"POST /api/notifications/{notificationId}/read", "POST /api/notifications/read");
		assertThat(paths.size()).as("the document has no operation the controllers lack")
			.isEqualTo(checked.stream().map((what) -> what.substring(what.indexOf(' ') + 1)).distinct().count());
	}

	@Test
	void theDocumentAndSwaggerUiAreForSignedInUsersOnly() throws Exception {
		this.mvc.perform(get("/v3/api-docs")).andExpect(redirectedUrlPattern("**/login"));
		this.mvc.perform(get("/swagger-ui.html")).andExpect(redirectedUrlPattern("**/login"));
		this.mvc.perform(get("/swagger-ui/index.html")).andExpect(redirectedUrlPattern("**/login"));
		this.mvc.perform(get("/swagger-ui/index.html").with(owner())).andExpect(status().isOk());
	}

	private JsonNode document() throws Exception {
		String body = this.mvc.perform(get("/v3/api-docs").with(owner()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JSON.readTree(body);
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor owner() {
		return user("owner").authorities(new SimpleGrantedAuthority("GROUP_owner"));
	}

}
