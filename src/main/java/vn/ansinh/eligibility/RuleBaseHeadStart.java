package vn.ansinh.eligibility;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import vn.ansinh.eligibility.engine.EvaluationLimits;
import vn.ansinh.eligibility.engine.RuleBase;
import vn.ansinh.eligibility.engine.RuleSetValidation;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Starts the check and build of {@code rules/} on a thread of its own as soon as the bean definitions are read, so
 * that the DRL compilation, the compiled-model checks and the scenarios' limits run while PostgreSQL, Flyway,
 * Hibernate and Flowable start on the main thread. {@link EligibilityManagement} takes the result when it first needs
 * the rules, and at the latest before the application is ready: a rule set that is refused still stops the start-up.
 */
@Component
class RuleBaseHeadStart implements BeanFactoryPostProcessor, EnvironmentAware {

    private static final Logger log = LoggerFactory.getLogger(RuleBaseHeadStart.class);

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        Path dir = Path.of(environment.getProperty("ansinh.rules.dir", "rules"));
        EvaluationLimits limits = new EvaluationLimits(
                DurationStyle.detectAndParse(environment.getProperty("ansinh.rules.evaluation-timeout", "5s")),
                environment.getProperty("ansinh.rules.max-firings-per-household", Integer.class, 1000));
        beanFactory.registerSingleton("initialRuleBase", InitialRuleBase.start(dir, limits));
    }

    /** The rule base of the configured folder under the configured limits, being built or built. */
    record InitialRuleBase(Path dir, EvaluationLimits limits, CompletableFuture<RuleBase> build) {

        static InitialRuleBase start(Path dir, EvaluationLimits limits) {
            CompletableFuture<RuleBase> build = new CompletableFuture<>();
            Thread thread = new Thread(() -> {
                try {
                    build.complete(RuleSetValidation.validate(dir, limits).orThrow());
                } catch (Throwable e) {
                    build.completeExceptionally(e);
                }
            }, "rule-base-build");
            thread.setDaemon(true);
            thread.start();
            log.debug("Rule base of {} building in the background", dir);
            return new InitialRuleBase(dir, limits, build);
        }

        /** Waits for the build; a refused rule set throws its {@link vn.ansinh.eligibility.engine.RuleSetException}. */
        RuleBase await() {
            try {
                return build.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                if (e.getCause() instanceof Error err) {
                    throw err;
                }
                throw e;
            }
        }

        boolean builds(Path otherDir, EvaluationLimits otherLimits) {
            return dir.equals(otherDir) && limits.equals(otherLimits);
        }
    }
}
