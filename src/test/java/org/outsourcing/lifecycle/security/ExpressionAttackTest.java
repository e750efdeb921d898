package org.outsourcing.lifecycle.security;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.flowable.common.engine.api.FlowableException;
import org.flowable.common.engine.api.FlowableIllegalArgumentException;
import org.flowable.common.engine.impl.el.ExpressionManager;
import org.flowable.engine.ManagementService;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.flowable.idm.api.IdmIdentityService;
import org.flowable.variable.service.impl.el.NoExecutionVariableScope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.outsourcing.lifecycle.core.Deadlines;
import org.outsourcing.lifecycle.security.SecurityFixture.Engagement;
import org.outsourcing.lifecycle.support.ApiClient;
import org.outsourcing.lifecycle.support.ApiClient.Response;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 11, item 1: a variable <em>name</em> is evaluated by Flowable when it starts with
 * <code>${</code>, and the expression reached every Spring bean. An owner made themselves
 * admin by starting an engagement with one such name.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(SecurityFixture.class)
class ExpressionAttackTest {

	private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{(.*?)\\}", Pattern.DOTALL);

	/**
	 * A name at the start of a property path: {@code applications} in
	 * {@code applications.get(x)}.
	 */
	private static final Pattern IDENTIFIER = Pattern.compile("(?<![.\\w])([A-Za-z_]\\w*)");

	/** Becomes admin when evaluated: the attack of the issue. */
	static String promote(String user) {
		return "${execution.variables[idmIdentityService.createMembership(\\\"" + user
				+ "\\\",\\\"admin\\\") == null ? \\\"k1\\\" : \\\"k2\\\"]}";
	}

	@LocalServerPort
	int port;

	@Autowired
	SecurityFixture fixture;

	@Autowired
	IdmIdentityService identity;

	@Autowired
	RuntimeService runtime;

	@Autowired
	TaskService tasks;

	@Autowired
	ManagementService management;

	@Autowired
	ProcessEngineConfiguration engineConfiguration;

	@Autowired
	ApplicationContext context;

	@AfterEach
	void nobodyKeepsAStolenAdminRole() {
		for (String user : new String[] { "owner", "recruiter" }) {
			if (this.identity.createUserQuery().userId(user).memberOfGroup("admin").count() > 0) {
				this.identity.deleteMembership(user, "admin");
			}
		}
	}

	@Test
	void anExpressionAsVariableNameAtProcessStartIsRefused() {
		Response response = as("owner").post("/process-api/runtime/process-instances",
				"{\"processDefinitionKey\": \"securityTest\", \"variables\": [{\"name\": \"contractorUserId\", "
						+ "\"value\": \"contractor\"}, {\"name\": \"" + promote("owner") + "\", \"value\": \"x\"}]}");
		assertThat(response.status()).as(response.body()).isEqualTo(400);
		assertThat(this.identity.createUserQuery().userId("owner").memberOfGroup("admin").count()).isZero();
		assertThat(as("owner").get("/process-api/identity/users/admin").status()).isEqualTo(403);
	}

	@Test
	void anExpressionAsVariableNameAtTaskCompletionIsRefused() {
		Engagement engagement = this.fixture.start("contractor", "Expression completion", "x@acme.example");
		Response response = as("recruiter").post("/process-api/runtime/tasks/" + engagement.recruiterTask(),
				"{\"action\": \"complete\", \"variables\": [{\"name\": \"" + promote("recruiter")
						+ "\", \"value\": \"x\"}]}");
		assertThat(response.status()).as(response.body()).isEqualTo(400);
		assertThat(this.identity.createUserQuery().userId("recruiter").memberOfGroup("admin").count()).isZero();
		assertThat(this.tasks.createTaskQuery().taskId(engagement.recruiterTask()).count()).isOne();
	}

	@Test
	void messagesSignalsAndExecutionsRefuseSuchNamesToo() {
		Engagement engagement = this.fixture.start("contractor", "Expression signals", "y@acme.example");
		Map<String, Object> evil = Map.of("${execution.id}", "x");
		assertThatThrownBy(() -> this.runtime.signalEventReceived("anySignal", evil))
			.isInstanceOf(FlowableIllegalArgumentException.class);
		assertThatThrownBy(() -> this.runtime.startProcessInstanceByMessage("anyMessage", evil))
			.isInstanceOf(FlowableIllegalArgumentException.class);
		assertThatThrownBy(() -> this.runtime.setVariables(engagement.processInstanceId(), evil))
			.isInstanceOf(FlowableIllegalArgumentException.class);
		assertThatThrownBy(() -> this.runtime.setVariable(engagement.processInstanceId(), "#{1}", "x"))
			.isInstanceOf(FlowableIllegalArgumentException.class);
		assertThatThrownBy(() -> this.tasks.setVariable(engagement.recruiterTask(), "a b", "x"))
			.isInstanceOf(FlowableIllegalArgumentException.class);
		assertThatThrownBy(() -> this.runtime.startProcessInstanceByKey(SecurityFixture.PROCESS,
				Map.of("contractorUserId", "contractor", "title.length", "x")))
			.isInstanceOf(FlowableIllegalArgumentException.class);
	}

	@Test
	void theProductApiRefusesSuchNames() {
		Engagement engagement = this.fixture.start("contractor", "Expression api", "z@acme.example");
		Response response = as("owner").post("/api/tasks/" + engagement.ownerTask() + "/complete",
				"{\"values\": {\"" + promote("owner") + "\": \"x\"}}");
		assertThat(response.status()).as(response.body()).isEqualTo(400);
		assertThat(this.identity.createUserQuery().userId("owner").memberOfGroup("admin").count()).isZero();
	}

	@Test
	void expressionsReachOnlyTheBeansTheModelsUse() {
		assertThat(evaluate("${deadlines}")).isInstanceOf(Deadlines.class);
		assertThatThrownBy(() -> evaluate("${idmIdentityService}")).isInstanceOf(FlowableException.class);
		assertThatThrownBy(() -> evaluate("${dataSource}")).isInstanceOf(FlowableException.class);
		assertThatThrownBy(() -> evaluate("${processEngineConfiguration}")).isInstanceOf(FlowableException.class);
	}

	/**
	 * The allow-list holds every bean the models and forms name, and nothing else: a
	 * model that starts using a bean fails here until the bean is added.
	 */
	@Test
	void theAllowListIsExactlyTheBeansOfTheModelsAndForms() throws IOException {
		Set<String> named = new TreeSet<>();
		for (String folder : List.of("processes", "forms")) {
			try (Stream<Path> files = Files.list(Path.of(folder))) {
				for (Path file : files.toList()) {
					Matcher expression = EXPRESSION.matcher(Files.readString(file));
					while (expression.find()) {
						Matcher identifier = IDENTIFIER.matcher(expression.group(1).replaceAll("'[^']*'", ""));
						while (identifier.find()) {
							named.add(identifier.group(1));
						}
					}
				}
			}
		}
		named.retainAll(Set.of(this.context.getBeanDefinitionNames()));
		assertThat(new TreeSet<>(ExpressionBeans.NAMES)).isEqualTo(named);
	}

	private Object evaluate(String expression) {
		ExpressionManager expressions = ((ProcessEngineConfigurationImpl) this.engineConfiguration)
			.getExpressionManager();
		return this.management.executeCommand((context) -> expressions.createExpression(expression)
			.getValue(NoExecutionVariableScope.getSharedInstance()));
	}

	private ApiClient as(String user) {
		return new ApiClient(this.port, user, "demo");
	}

}
