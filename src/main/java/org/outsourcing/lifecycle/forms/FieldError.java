package org.outsourcing.lifecycle.forms;

/** Why one submitted value, or a missing one, was refused. */
public record FieldError(String field, String reason) {

}
