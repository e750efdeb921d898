package org.outsourcing.lifecycle.forms;

import java.lang.reflect.Field;
import java.util.Map;

import org.springframework.util.ReflectionUtils;

/**
 * Reads the arguments of a Flowable command. Flowable keeps them in protected fields
 * without getters; the names are checked against the engine's classes when the
 * interceptor is built, so an engine upgrade that renames one fails at start, not on a
 * user's submission.
 */
final class CommandFields {

	private CommandFields() {
	}

	static void require(Class<?> command, String... names) {
		for (String name : names) {
			if (ReflectionUtils.findField(command, name) == null) {
				throw new IllegalStateException(command.getName() + " has no field '" + name
						+ "': the form validation does not fit this Flowable version");
			}
		}
	}

	static String string(Object command, String name) {
		return (String) read(command, name);
	}

	static boolean bool(Object command, String name) {
		return Boolean.TRUE.equals(read(command, name));
	}

	@SuppressWarnings("unchecked")
	static <V> Map<String, V> map(Object command, String name) {
		return (Map<String, V>) read(command, name);
	}

	private static Object read(Object command, String name) {
		Field field = ReflectionUtils.findField(command.getClass(), name);
		if (field == null) {
			throw new IllegalStateException(command.getClass().getName() + " has no field '" + name + "'");
		}
		ReflectionUtils.makeAccessible(field);
		return ReflectionUtils.getField(field, command);
	}

}
