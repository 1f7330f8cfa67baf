package vn.ansinh.casework;

import vn.ansinh.casework.process.ProcessDeployer;

import java.nio.file.Path;
import org.flowable.engine.RepositoryService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CaseworkConfiguration {

    @Bean
    CaseRules caseRules(@Value("${ansinh.rules.dir:rules}") Path rulesDir) {
        return CaseRules.load(rulesDir);
    }

    @Bean(initMethod = "deploy")
    ProcessDeployer processDeployer(RepositoryService repository,
                                    @Value("${ansinh.processes.dir:processes}") Path processesDir) {
        return new ProcessDeployer(repository, processesDir);
    }
}
