package org.outsourcing.lifecycle.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A REST client of one application, as a script would call it: JSON over HTTP/1.1 with
 * keep-alive, credentials on every request (HTTP Basic) or none; each call's time is
 * recorded under its label.
 */
final class RestClients {

	static final ObjectMapper JSON = new ObjectMapper();

	private final String baseUrl;

	private final Map<String, List<Long>> nanos = new ConcurrentHashMap<>();

	RestClients(int port) {
		this.baseUrl = "http://127.0.0.1:" + port;
	}

	/** A client for one thread (its own connection). */
	Client client() {
		return new Client();
	}

	void reset() {
		this.nanos.clear();
	}

	/** Percentile ({@code 0.5}, {@code 0.99}) of a label's calls, in milliseconds. */
	double percentileMillis(String label, double percentile) {
		List<Long> all = new ArrayList<>(this.nanos.getOrDefault(label, List.of()));
		if (all.isEmpty()) {
			return Double.NaN;
		}
		Collections.sort(all);
		int rank = (int) Math.ceil(percentile * all.size()) - 1;
		return all.get(Math.max(0, rank)) / 1e6;
	}

	final class Client {

		private final HttpClient http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(10))
			.build();

		JsonNode get(String label, String path, String authorization) {
			return call(label, "GET", path, null, authorization);
		}

		JsonNode post(String label, String path, Object body, String authorization) {
			return call(label, "POST", path, body, authorization);
		}

		JsonNode multipart(String label, String path, String boundary, byte[] body, String authorization) {
			return send(label, "POST", path, HttpRequest.BodyPublishers.ofByteArray(body),
					"multipart/form-data; boundary=" + boundary, authorization);
		}

		JsonNode call(String label, String method, String path, Object body, String authorization) {
			try {
				return send(label, method, path,
						(body != null) ? HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))
								: HttpRequest.BodyPublishers.noBody(),
						(body != null) ? "application/json" : null, authorization);
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
		}

		private JsonNode send(String label, String method, String path, HttpRequest.BodyPublisher body,
				String contentType, String authorization) {
			try {
				HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(RestClients.this.baseUrl + path))
					.timeout(Duration.ofMinutes(2))
					.method(method, body);
				if (contentType != null) {
					request.header("Content-Type", contentType);
				}
				if (authorization != null) {
					request.header("Authorization", authorization);
				}
				long start = System.nanoTime();
				HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
				long took = System.nanoTime() - start;
				if (response.statusCode() / 100 != 2) {
					throw new IllegalStateException(
							method + " " + path + " answered " + response.statusCode() + ": " + response.body());
				}
				RestClients.this.nanos.computeIfAbsent(label, (key) -> Collections.synchronizedList(new ArrayList<>()))
					.add(took);
				return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
			}
			catch (IOException ex) {
				throw new IllegalStateException(method + " " + path + " failed: " + ex.getMessage(), ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("interrupted", ex);
			}
		}

	}

}
