package org.outsourcing.lifecycle.modeling;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.flowable.engine.RepositoryService;
import org.flowable.engine.repository.ProcessDefinition;

import org.springframework.stereotype.Service;

/**
 * How a deployed model gets back into Git: the BPMN file of one version, or its whole
 * deployment as a {@code .bar} whose files sit where the repository keeps them
 * ({@code processes/}, {@code forms/}), so unzipping it at the repository's root and
 * committing makes Git hold what runs.
 */
@Service
public class ModelExport {

	private final ProcessVersions versions;

	private final RepositoryService repository;

	ModelExport(ProcessVersions versions, RepositoryService repository) {
		this.versions = versions;
		this.repository = repository;
	}

	/** The BPMN file of this version as it was deployed. */
	public byte[] model(String processKey, int version) {
		ProcessDefinition definition = this.versions.definition(processKey, version);
		return read(definition.getDeploymentId(), definition.getResourceName());
	}

	/** Every file of the deployment of this version, at its place in the repository. */
	public byte[] deployment(String processKey, int version) {
		String deploymentId = this.versions.definition(processKey, version).getDeploymentId();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (String resource : this.repository.getDeploymentResourceNames(deploymentId)) {
				String path = repositoryPath(resource);
				if (path != null) {
					zip.putNextEntry(new ZipEntry(path));
					zip.write(read(deploymentId, resource));
					zip.closeEntry();
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	/** {@code processes/jobAd.bpmn20.xml} for any name the engine stored it under. */
	static String repositoryPath(String resource) {
		String file = ModelResources.fileName(resource);
		if (ModelResources.isBpmn(file) || ModelResources.isDmn(file)) {
			return "processes/" + file;
		}
		if (ModelResources.isForm(file)) {
			return "forms/" + file;
		}
		return null;
	}

	private byte[] read(String deploymentId, String resource) {
		try (InputStream in = this.repository.getResourceAsStream(deploymentId, resource)) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
