package org.outsourcing.lifecycle.forms;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.flowable.engine.RepositoryService;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Every form of {@code forms/}, read and checked once at start: the one definition of
 * what each user task and start event asks for. The validator, the form API, the UI and
 * the contractor's view all read forms here.
 * <p>
 * A deployment may carry its own forms ({@code .form} resources next to the BPMN, as in a
 * {@code .bar}): a task shows the form deployed with its process definition, so it keeps
 * the version it was created with after a newer one is deployed; a form its deployment
 * lacks (deployments made before forms were deployed, test fixtures) comes from
 * {@code forms/}.
 */
@Component
public class FormRegistry {

	static final String LOCATION = "classpath*:forms/*.form";

	private final Map<String, FormDefinition> forms;

	private final ObjectProvider<RepositoryService> repository;

	/** Deployments never change: their forms are read once. */
	private final Map<String, Map<String, FormDefinition>> formsByDeployment = new ConcurrentHashMap<>();

	private final Map<String, String> deploymentByDefinition = new ConcurrentHashMap<>();

	public FormRegistry() {
		this(new PathMatchingResourcePatternResolver(), LOCATION, null);
	}

	@Autowired
	FormRegistry(ObjectProvider<RepositoryService> repository) {
		this(new PathMatchingResourcePatternResolver(), LOCATION, repository);
	}

	FormRegistry(ResourcePatternResolver resources, String location, ObjectProvider<RepositoryService> repository) {
		this.forms = Collections.unmodifiableMap(load(resources, location));
		this.repository = repository;
	}

	/**
	 * The form a task or start event of this process definition shows: the one deployed
	 * with the definition, else the one of {@code forms/}.
	 */
	public Optional<FormDefinition> find(String processDefinitionId, String formKey) {
		if (formKey == null) {
			return Optional.empty();
		}
		if (processDefinitionId != null && this.repository != null) {
			FormDefinition deployed = deployedWith(processDefinitionId).get(keyOf(formKey));
			if (deployed != null) {
				return Optional.of(deployed);
			}
		}
		return find(formKey);
	}

	/** As {@link #find(String, String)}, or a {@link FormNotFoundException} (404). */
	public FormDefinition get(String processDefinitionId, String formKey) {
		return find(processDefinitionId, formKey).orElseThrow(() -> new FormNotFoundException(
				"There is no form '" + formKey + "' in the deployment of the process nor in forms/"));
	}

	private Map<String, FormDefinition> deployedWith(String processDefinitionId) {
		RepositoryService repository = this.repository.getObject();
		String deploymentId = this.deploymentByDefinition.computeIfAbsent(processDefinitionId,
				(id) -> repository.getProcessDefinition(id).getDeploymentId());
		return this.formsByDeployment.computeIfAbsent(deploymentId, (id) -> formsOf(repository, id));
	}

	private static Map<String, FormDefinition> formsOf(RepositoryService repository, String deploymentId) {
		Map<String, FormDefinition> deployed = new TreeMap<>();
		for (String resource : repository.getDeploymentResourceNames(deploymentId)) {
			if (resource.endsWith(".form")) {
				String fileName = resource.substring(resource.replace('\\', '/').lastIndexOf('/') + 1);
				try (InputStream content = repository.getResourceAsStream(deploymentId, resource)) {
					FormDefinition form = read(fileName, content.readAllBytes());
					deployed.put(form.key(), form);
				}
				catch (IOException ex) {
					throw new InvalidFormException(resource + ": cannot be read: " + ex.getMessage(), ex);
				}
			}
		}
		return Collections.unmodifiableMap(deployed);
	}

	/**
	 * The form with this key. A BPMN {@code flowable:formKey} may name it as
	 * {@code defineWork} or {@code forms/defineWork.form}.
	 */
	public Optional<FormDefinition> find(String formKey) {
		return (formKey != null) ? Optional.ofNullable(this.forms.get(keyOf(formKey))) : Optional.empty();
	}

	/** The form with this key, or a {@link FormNotFoundException} (404). */
	public FormDefinition get(String formKey) {
		return find(formKey)
			.orElseThrow(() -> new FormNotFoundException("There is no form '" + formKey + "' in forms/"));
	}

	public Collection<FormDefinition> all() {
		return this.forms.values();
	}

	/** The ids of the fields of this form that a contractor may see. */
	public Set<String> sharedWithContractor(String formKey) {
		return get(formKey).sharedWithContractor();
	}

	/**
	 * Reads one form file ({@code <key>.form}) as deployed with a model; a broken form is
	 * an {@link InvalidFormException} naming the file and field.
	 */
	public static FormDefinition read(String fileName, byte[] content) {
		return new FormFileReader().read(fileName, new ByteArrayInputStream(content));
	}

	/** {@code defineWork} for {@code defineWork}, {@code forms/defineWork.form}. */
	public static String keyOf(String formKey) {
		String key = formKey.trim();
		if (key.startsWith("forms/")) {
			key = key.substring("forms/".length());
		}
		if (key.endsWith(".form")) {
			key = key.substring(0, key.length() - ".form".length());
		}
		return key;
	}

	private static Map<String, FormDefinition> load(ResourcePatternResolver resources, String location) {
		FormFileReader reader = new FormFileReader();
		Map<String, FormDefinition> forms = new TreeMap<>();
		for (Resource resource : resolve(resources, location)) {
			String fileName = resource.getFilename();
			try (InputStream content = resource.getInputStream()) {
				FormDefinition form = reader.read(fileName, content);
				if (forms.putIfAbsent(form.key(), form) != null) {
					throw new InvalidFormException(
							"forms/" + fileName + ": a second form with key '" + form.key() + "' (" + resource + ")");
				}
			}
			catch (IOException ex) {
				throw new InvalidFormException("forms/" + fileName + ": cannot be read: " + ex.getMessage(), ex);
			}
		}
		return forms;
	}

	private static Resource[] resolve(ResourcePatternResolver resources, String location) {
		try {
			return resources.getResources(location);
		}
		catch (IOException ex) {
			throw new InvalidFormException("Cannot list the forms at " + location + ": " + ex.getMessage(), ex);
		}
	}

}
