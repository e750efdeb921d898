package org.outsourcing.lifecycle.security;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.outsourcing.lifecycle.core.EngineTime;
import org.outsourcing.lifecycle.security.ApiTokens.CreatedApiToken;
import org.outsourcing.lifecycle.core.CurrentUser;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Personal API tokens through the API, managed with the password (HTTP Basic), never with
 * a token:
 * <ul>
 * <li>{@code POST /api/tokens} {@code {"name": "nightly export", "expiresOn":
 * "2027-01-31"}} (expiry optional): 201 with the token's value, shown this once; 400
 * naming {@code name} or {@code expiresOn};</li>
 * <li>{@code GET /api/tokens}: the caller's tokens, never their values;</li>
 * <li>{@code DELETE /api/tokens/{id}}: revokes one of the caller's tokens (an admin:
 * anyone's); 404 for someone else's;</li>
 * <li>{@code GET /api/admin/tokens?user=}: everyone's tokens, for admins.</li>
 * </ul>
 */
@RestController
class ApiTokenController {

	private final ApiTokens tokens;

	private final EngineTime time;

	ApiTokenController(ApiTokens tokens, EngineTime time) {
		this.tokens = tokens;
		this.time = time;
	}

	@PostMapping("/api/tokens")
	ResponseEntity<Map<String, Object>> create(@RequestBody NewToken request) {
		CreatedApiToken created = this.tokens.create(CurrentUser.get().id(), request.name(), request.expiresOn());
		Map<String, Object> answer = view(created.token(), this.time.now());
		answer.put("token", created.value());
		return ResponseEntity.created(URI.create("/api/tokens/" + created.token().id())).body(answer);
	}

	@GetMapping("/api/tokens")
	List<Map<String, Object>> mine() {
		Instant now = this.time.now();
		return this.tokens.of(CurrentUser.get().id()).stream().map((token) -> view(token, now)).toList();
	}

	@DeleteMapping("/api/tokens/{tokenId}")
	Map<String, Object> revoke(@PathVariable String tokenId) {
		return view(this.tokens.revoke(tokenId, CurrentUser.get()), this.time.now());
	}

	@GetMapping("/api/admin/tokens")
	List<Map<String, Object>> everyones(@RequestParam(required = false) String user) {
		Instant now = this.time.now();
		List<ApiToken> all = (user != null) ? this.tokens.of(user) : this.tokens.all();
		return all.stream().map((token) -> view(token, now)).toList();
	}

	private static Map<String, Object> view(ApiToken token, Instant now) {
		Map<String, Object> view = new LinkedHashMap<>();
		view.put("id", token.id());
		view.put("user", token.userId());
		view.put("name", token.name());
		view.put("status", ApiTokenStatus.of(token, now).name());
		view.put("createdAt", token.createdAt());
		view.put("expiresAt", token.expiresAt());
		view.put("lastUsedAt", token.lastUsedAt());
		view.put("revokedAt", token.revokedAt());
		view.put("revokedBy", token.revokedBy());
		return view;
	}

	/** The body of {@code POST /api/tokens}. */
	record NewToken(String name, LocalDate expiresOn) {
	}

}
