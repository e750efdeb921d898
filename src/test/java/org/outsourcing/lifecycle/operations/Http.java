package org.outsourcing.lifecycle.operations;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A demo user calling a separately running application on 127.0.0.1 with HTTP Basic.
 * Unlike the in-process tests' client, a request to a process that was just killed is an
 * answer of its own ({@link Answer#lost()}), not an exception, and nothing waits forever.
 */
final class Http {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final HttpClient CLIENT = HttpClient.newBuilder()
		.connectTimeout(Duration.ofSeconds(5))
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private final int port;

	private final String authorization;

	private Http(int port, String user) {
		this.port = port;
		this.authorization = (user != null)
				? "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8))
				: null;
	}

	static Http as(int port, String user) {
		return new Http(port, user);
	}

	static Http anonymous(int port) {
		return new Http(port, null);
	}

	Answer get(String path) {
		return send("GET", path, null);
	}

	Answer post(String path, Object body) {
		return send("POST", path, body);
	}

	/** The answer, or {@link Answer#lost()} when the connection failed or broke. */
	Answer send(String method, String path, Object body) {
		try {
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
				.timeout(Duration.ofSeconds(60))
				.header("Accept", "application/json")
				.method(method, (body != null) ? HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))
						: HttpRequest.BodyPublishers.noBody());
			if (body != null) {
				request.header("Content-Type", "application/json");
			}
			if (this.authorization != null) {
				request.header("Authorization", this.authorization);
			}
			HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Answer(response.statusCode(), response.body());
		}
		catch (JsonProcessingException ex) {
			throw new IllegalArgumentException(ex);
		}
		catch (IOException ex) {
			return new Answer(0, ex.toString());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return new Answer(0, ex.toString());
		}
	}

	/** Status 0: no answer, the connection failed or broke. */
	record Answer(int status, String body) {

		boolean lost() {
			return this.status == 0;
		}

		JsonNode json() {
			try {
				return JSON.readTree(this.body);
			}
			catch (IOException ex) {
				throw new IllegalStateException("Not JSON (" + this.status + "): " + this.body, ex);
			}
		}

		JsonNode data() {
			return json().path("data");
		}

		Answer expect(int expected) {
			if (this.status != expected) {
				throw new AssertionError("Expected " + expected + " but got " + this.status + ": " + this.body);
			}
			return this;
		}

	}

}
