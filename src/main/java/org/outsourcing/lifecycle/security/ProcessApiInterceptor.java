package org.outsourcing.lifecycle.security;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.flowable.rest.service.api.BpmnRestApiInterceptor;
import org.outsourcing.lifecycle.core.CurrentUser;

/**
 * Flowable's REST API interceptor, deny by default: a method of
 * {@link BpmnRestApiInterceptor} that {@link ProcessApiGrants} grants runs its rule;
 * every other one (68 of them today: writes, management, identity, executions, deletion,
 * and any method a Flowable upgrade adds) lets admins only through. flowable-rest calls
 * it before it reads or changes anything (it autowires any
 * {@link BpmnRestApiInterceptor}).
 *
 * <p>
 * A grant is a public method of the grants object with the name and parameters of an
 * interceptor method; one that matches none (an upgrade renamed or changed it) stops the
 * start, as does an interceptor method that answers a value and is not granted (what it
 * answers is a rule of its own).
 */
final class ProcessApiInterceptor implements InvocationHandler {

	private final Object grants;

	private final Map<Method, Method> granted;

	ProcessApiInterceptor(Object grants, Map<Method, Method> granted) {
		this.grants = grants;
		this.granted = granted;
	}

	static BpmnRestApiInterceptor granting(Object grants) {
		ProcessApiInterceptor handler = new ProcessApiInterceptor(grants, granted(grants.getClass()));
		return (BpmnRestApiInterceptor) Proxy.newProxyInstance(BpmnRestApiInterceptor.class.getClassLoader(),
				new Class<?>[] { BpmnRestApiInterceptor.class }, handler);
	}

	/** Each interceptor method to the grant that decides it. */
	static Map<Method, Method> granted(Class<?> grants) {
		Map<Method, Method> granted = new HashMap<>();
		for (Method grant : grants.getDeclaredMethods()) {
			if (Modifier.isPublic(grant.getModifiers()) && !Modifier.isStatic(grant.getModifiers())) {
				granted.put(interceptorMethod(grant), grant);
			}
		}
		for (Method method : BpmnRestApiInterceptor.class.getMethods()) {
			if (method.getReturnType() != void.class && !method.isDefault() && !granted.containsKey(method)) {
				throw new IllegalStateException("BpmnRestApiInterceptor." + method.getName()
						+ " answers a value: say in " + grants.getSimpleName() + " who may call it");
			}
		}
		return Map.copyOf(granted);
	}

	private static Method interceptorMethod(Method grant) {
		try {
			Method method = BpmnRestApiInterceptor.class.getMethod(grant.getName(), grant.getParameterTypes());
			if (!method.getReturnType().isAssignableFrom(grant.getReturnType())) {
				throw new NoSuchMethodException(grant.getName() + " answers " + method.getReturnType());
			}
			return method;
		}
		catch (NoSuchMethodException ex) {
			throw new IllegalStateException(grant.getDeclaringClass().getSimpleName() + "." + grant.getName()
					+ Arrays.toString(grant.getParameterTypes())
					+ " grants no method of BpmnRestApiInterceptor: did a Flowable upgrade rename or change it?", ex);
		}
	}

	@Override
	public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
		if (method.getDeclaringClass() == Object.class) {
			return objectMethod(proxy, method, args);
		}
		Method grant = this.granted.get(method);
		if (grant != null) {
			try {
				return grant.invoke(this.grants, args);
			}
			catch (InvocationTargetException ex) {
				throw ex.getCause();
			}
		}
		if (!CurrentUser.get().isAdmin()) {
			throw ProcessApiGrants.forbidden();
		}
		return method.isDefault() ? InvocationHandler.invokeDefault(proxy, method, args) : null;
	}

	private Object objectMethod(Object proxy, Method method, Object[] args) {
		return switch (method.getName()) {
			case "equals" -> proxy == args[0];
			case "hashCode" -> System.identityHashCode(proxy);
			default -> "ProcessApiInterceptor granting " + this.grants.getClass().getSimpleName();
		};
	}

}
