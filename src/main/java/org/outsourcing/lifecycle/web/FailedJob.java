package org.outsourcing.lifecycle.web;

import java.time.Instant;

/**
 * A job that failed: {@code deadLetter} when the engine gave up retrying, otherwise a job
 * that failed and will be tried again ({@code retries} left).
 */
record FailedJob(String id, String kind, boolean deadLetter, String processInstanceId, String engagementId,
		String element, String error, String stacktrace, int retries, Instant due) {
}
