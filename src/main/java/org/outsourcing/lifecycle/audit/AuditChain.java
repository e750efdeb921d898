package org.outsourcing.lifecycle.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The canonical form of an entry and its SHA-256 link. Writer and verifier share this one
 * definition, so a stored entry verifies exactly when nothing in it, nor in any entry
 * before it, was changed.
 */
final class AuditChain {

	/** The "previous hash" of the first entry. */
	static final String GENESIS = "0".repeat(64);

	/**
	 * Sorted keys and no insignificant white space: the same details always give the same
	 * text, whichever map implementation the writer used.
	 */
	private static final ObjectMapper CANONICAL = JsonMapper.builder()
		.enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
		.enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
		.enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
		.build();

	private AuditChain() {
	}

	/** Timestamps are kept to the millisecond, which every supported database stores. */
	static Instant truncate(Instant time) {
		return time.truncatedTo(ChronoUnit.MILLIS);
	}

	static String canonicalDetails(Map<String, Object> details) {
		return write(JsonValues.safe(details));
	}

	/** The chain of the entries that belong to no engagement. */
	static final String NO_ENGAGEMENT = "-";

	static String chainOf(String engagementId) {
		return (engagementId != null) ? engagementId : NO_ENGAGEMENT;
	}

	/**
	 * The hash of an entry: SHA-256 over a JSON array of its fields in a fixed order,
	 * beginning with its chain and its position there and ending with the hash of the
	 * entry before it in that chain.
	 */
	static String hash(String chainId, long position, long sequence, String engagementId, Instant timestamp,
			String type, String actor, String processInstanceId, String processDefinitionKey, String activityId,
			String activityName, String details, String previousHash) {
		return sha256(write(
				Arrays.asList(chainId, position, sequence, engagementId, truncate(timestamp).toString(), type, actor,
						processInstanceId, processDefinitionKey, activityId, activityName, details, previousHash)));
	}

	/**
	 * The hash of an entry of the one global chain that V60 kept (before V61 gave every
	 * engagement its own): read only by the migration, which checks the old chain before
	 * it links the entries again.
	 */
	static String legacyHash(long sequence, String engagementId, Instant timestamp, String type, String actor,
			String processInstanceId, String processDefinitionKey, String activityId, String activityName,
			String details, String previousHash) {
		return sha256(write(Arrays.asList(sequence, engagementId, truncate(timestamp).toString(), type, actor,
				processInstanceId, processDefinitionKey, activityId, activityName, details, previousHash)));
	}

	static String sha256(String text) {
		return HexFormat.of().formatHex(digest().digest(text.getBytes(StandardCharsets.UTF_8)));
	}

	static MessageDigest digest() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime provides SHA-256", ex);
		}
	}

	private static String write(Object value) {
		try {
			return CANONICAL.writeValueAsString(value);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalArgumentException("Audit details cannot be written as JSON: " + ex.getMessage(), ex);
		}
	}

}
