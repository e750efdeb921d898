package org.outsourcing.lifecycle.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Calls the running application over HTTP as a user with HTTP Basic, the way an API
 * client would. (MockMvc cannot reach {@code /process-api}: Flowable serves it with its
 * own DispatcherServlet.)
 */
public class ApiClient {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private final String baseUrl;

	private final String authorization;

	public ApiClient(int port, String user, String password) {
		this("http://localhost:" + port, user, password);
	}

	/**
	 * A client of this base URL, e.g. {@code http://[::1]:8080} to come from another
	 * address.
	 */
	public ApiClient(String baseUrl, String user, String password) {
		this(baseUrl,
				(user != null) ? "Basic "
						+ Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8))
						: null);
	}

	private ApiClient(String baseUrl, String authorization) {
		this.baseUrl = baseUrl;
		this.authorization = authorization;
	}

	/**
	 * A client from 127.0.0.1 sending this {@code Authorization} header as it is, e.g.
	 * {@code Bearer …}.
	 */
	public static ApiClient authorizedBy(int port, String authorization) {
		return new ApiClient("http://127.0.0.1:" + port, authorization);
	}

	public static ApiClient anonymous(int port) {
		return new ApiClient(port, null, null);
	}

	public Response get(String path) {
		return send("GET", path, null);
	}

	public Response post(String path, String json) {
		return send("POST", path, json);
	}

	public Response put(String path, String json) {
		return send("PUT", path, json);
	}

	public Response delete(String path) {
		return send("DELETE", path, null);
	}

	public Response send(String method, String path, String json) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.baseUrl + path))
			.method(method,
					(json != null) ? HttpRequest.BodyPublishers.ofString(json) : HttpRequest.BodyPublishers.noBody())
			.header("Accept", "application/json");
		if (json != null) {
			request.header("Content-Type", "application/json");
		}
		if (this.authorization != null) {
			request.header("Authorization", this.authorization);
		}
		try {
			HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Response(response.statusCode(), response.body(),
					response.headers().firstValue("Location").orElse(null));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public record Response(int status, String body, String location) {

		public JsonNode json() {
			try {
				return JSON.readTree(this.body);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Not JSON: " + this.body, ex);
			}
		}

		/** The {@code data} array of a Flowable list answer. */
		public JsonNode data() {
			return json().path("data");
		}

	}

}
