package vn.ansinh;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class AnSinhApplication {

    public static void main(String[] args) {
        SpringApplication.run(AnSinhApplication.class, args);
    }
}
