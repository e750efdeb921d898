package org.outsourcing.lifecycle.security;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.flowable.common.engine.impl.interceptor.AbstractCommandInterceptor;
import org.flowable.common.engine.impl.interceptor.Command;
import org.flowable.common.engine.impl.interceptor.CommandConfig;
import org.flowable.common.engine.impl.interceptor.CommandExecutor;
import org.springframework.util.ReflectionUtils;

/**
 * Checks the names of the variables every engine command carries in, whoever calls it
 * (Flowable's REST API, the product's API, the UI, Java code): process starts, task
 * completions, form submissions, messages, signals, triggers, variable writes on tasks
 * and executions, activity moves. Commands keep their variables in fields named
 * {@code *variables*}, {@code payload} or {@code properties} (some inside a builder), so
 * the check reads those fields instead of listing every command, and a command added in a
 * later Flowable version is covered as well.
 */
class VariableNameCheck extends AbstractCommandInterceptor {

	private static final ClassValue<List<Field>> VARIABLE_FIELDS = new ClassValue<>() {
		@Override
		protected List<Field> computeValue(Class<?> type) {
			return variableFields(type);
		}
	};

	/** An activity move's local variables: activity id to that activity's variables. */
	private static final String PER_ACTIVITY = "localVariables";

	@Override
	public <T> T execute(CommandConfig config, Command<T> command, CommandExecutor commandExecutor) {
		check(command, true);
		return this.next.execute(config, command, commandExecutor);
	}

	private static void check(Object holder, boolean descend) {
		for (Field field : VARIABLE_FIELDS.get(holder.getClass())) {
			Object value = ReflectionUtils.getField(field, holder);
			if (value instanceof Map<?, ?> variables && PER_ACTIVITY.equals(field.getName())) {
				variables.values().forEach((local) -> checkNames((Map<?, ?>) local));
			}
			else if (value instanceof Map<?, ?> variables) {
				checkNames(variables);
			}
			else if (value != null && descend) {
				check(value, false);
			}
		}
	}

	private static void checkNames(Map<?, ?> variables) {
		if (variables != null) {
			variables.keySet().forEach(VariableNames::require);
		}
	}

	private static List<Field> variableFields(Class<?> type) {
		List<Field> fields = new ArrayList<>();
		ReflectionUtils.doWithFields(type, (field) -> {
			ReflectionUtils.makeAccessible(field);
			fields.add(field);
		}, (field) -> !Modifier.isStatic(field.getModifiers()) && carriesVariables(field));
		return List.copyOf(fields);
	}

	private static boolean carriesVariables(Field field) {
		String name = field.getName().toLowerCase(Locale.ROOT);
		if (Map.class.isAssignableFrom(field.getType())) {
			return name.contains("variables") || name.equals("payload") || name.equals("properties");
		}
		return name.endsWith("builder") && field.getType().getName().startsWith("org.flowable.");
	}

}
