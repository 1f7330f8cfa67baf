package vn.ansinh.policy;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs {@link PolicyActivation#poll()}: scheduled versions come into force on every node without a request. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class PolicyScheduling {
}
