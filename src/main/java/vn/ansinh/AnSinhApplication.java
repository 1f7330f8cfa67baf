package vn.ansinh;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/** An Sinh; its modules and their one-way order are described in docs/modules (ModularityTests keeps them). */
@SpringBootApplication
@Modulithic(systemName = "An Sinh", sharedModules = "common")
public class AnSinhApplication {

    public static void main(String[] args) {
        SpringApplication.run(AnSinhApplication.class, args);
    }
}
