package org.outsourcing.lifecycle.web;

import java.time.Instant;

/** A comment on a task: who wrote what, when. */
record CommentView(String author, Instant time, String text) {
}
