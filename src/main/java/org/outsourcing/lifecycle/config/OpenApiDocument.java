package org.outsourcing.lifecycle.config;

import java.util.Arrays;
import java.util.List;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OperationCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;

/**
 * The product API's OpenAPI document ({@code /v3/api-docs}, Swagger UI at
 * {@code /swagger-ui.html}, for signed-in users): springdoc reads the operations, request
 * bodies and responses from the {@code /api} controllers; this adds what every operation
 * can answer as an error, the problem details of {@link ApiProblems}.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiDocument {

	static final String PROBLEM = "Problem";

	@Bean
	OpenAPI productApi() {
		return new OpenAPI()
			.info(new Info().title("Outsourcing Lifecycle API")
				.description("The product's own REST API. Flowable's REST API is under /process-api. "
						+ "Every error is an RFC 9457 problem document (application/problem+json).")
				.version("1"))
			.components(new Components().addSchemas(PROBLEM, problemSchema())
				.addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
			.addSecurityItem(new SecurityRequirement().addList("basic"));
	}

	/**
	 * Each operation's errors: what any call can meet (not signed in, role refused,
	 * unexpected failure), a bad request where it takes input, "not found" where it names
	 * something, and a conflict where it changes something.
	 */
	@Bean
	OperationCustomizer problemResponses() {
		return (operation, handler) -> {
			if (takesInput(handler)) {
				problem(operation, "400",
						"Bad input: detail names the field and the reason; form values list each in errors");
			}
			problem(operation, "401", "Not signed in");
			problem(operation, "403", "The caller's role may not do this");
			if (namesSomething(handler)) {
				problem(operation, "404", "No such thing, or not one the caller may see");
			}
			if (!handler.hasMethodAnnotation(GetMapping.class)) {
				problem(operation, "409",
						"The state forbids it now (a task someone else completed, an ended engagement); reload");
			}
			problem(operation, "500", "An unexpected failure; the cause is logged, not shown");
			return operation;
		};
	}

	private static boolean takesInput(HandlerMethod handler) {
		return Arrays.stream(handler.getMethodParameters())
			.anyMatch((parameter) -> parameter.hasParameterAnnotation(RequestBody.class)
					|| parameter.hasParameterAnnotation(RequestParam.class)
					|| parameter.hasParameterAnnotation(PathVariable.class));
	}

	private static boolean namesSomething(HandlerMethod handler) {
		return Arrays.stream(handler.getMethodParameters())
			.anyMatch((parameter) -> parameter.hasParameterAnnotation(PathVariable.class));
	}

	private static void problem(Operation operation, String status, String description) {
		if (operation.getResponses() == null) {
			operation.setResponses(new ApiResponses());
		}
		operation.getResponses()
			.addApiResponse(status,
					new ApiResponse().description(description)
						.content(new Content().addMediaType(
								org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
								new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)))));
	}

	private static Schema<?> problemSchema() {
		ObjectSchema fieldError = new ObjectSchema();
		fieldError.addProperty("field", new StringSchema().description("the field at fault"));
		fieldError.addProperty("reason", new StringSchema().description("why its value was refused"));
		ObjectSchema problem = new ObjectSchema();
		problem.description("RFC 9457 problem details");
		problem.addProperty("type", new StringSchema().example("about:blank"));
		problem.addProperty("title", new StringSchema().example("Bad Request"));
		problem.addProperty("status", new IntegerSchema().example(400));
		problem.addProperty("detail", new StringSchema().description("the reason a caller can act on"));
		problem.addProperty("instance", new StringSchema());
		problem.addProperty("errors",
				new ArraySchema().items(fieldError).description("per field, when form values were refused"));
		problem.addProperty("problems", new ArraySchema().items(new ObjectSchema())
			.description("per model element, when a deployment was refused"));
		problem.addProperty("parameter", new StringSchema().description("the request parameter at fault"));
		problem.required(List.of("status", "detail"));
		return problem;
	}

}
