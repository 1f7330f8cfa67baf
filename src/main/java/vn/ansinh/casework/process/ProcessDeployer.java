package vn.ansinh.casework.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.repository.DeploymentBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deploys {@code processes/*.bpmn20.xml} under stable resource names (the file name), so starting the
 * app from another folder or restarting it never creates a new version of an unchanged process.
 */
public class ProcessDeployer {

    private static final Logger log = LoggerFactory.getLogger(ProcessDeployer.class);
    static final String DEPLOYMENT_NAME = "ansinh-processes";

    private final RepositoryService repository;
    private final Path dir;

    public ProcessDeployer(RepositoryService repository, Path dir) {
        this.repository = repository;
        this.dir = dir;
    }

    void deploy() {
        List<Path> files = bpmnFiles();
        if (files.isEmpty()) {
            throw new IllegalStateException("No *.bpmn20.xml in " + dir.toAbsolutePath());
        }
        DeploymentBuilder builder = repository.createDeployment().name(DEPLOYMENT_NAME).enableDuplicateFiltering();
        for (Path file : files) {
            try {
                builder.addBytes(file.getFileName().toString(), Files.readAllBytes(file));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        String id = builder.deploy().getId();
        log.info("Processes from {} deployed as {}", dir.toAbsolutePath(), id);
    }

    private List<Path> bpmnFiles() {
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(p -> p.getFileName().toString().endsWith(".bpmn20.xml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read processes folder " + dir.toAbsolutePath(), e);
        }
    }
}
