package org.outsourcing.plainflowable;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.actuate.autoconfigure.security.servlet.ManagementWebSecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration;

/**
 * Plain Flowable 7.2 as a user would run it, the yardstick of
 * {@code ComparativeBenchmark}: the Flowable starter and its process REST API, nothing of
 * the product, no authentication. It sits outside {@code org.outsourcing.lifecycle} on
 * purpose: inside, the product's component scan would pick it up in every test and its
 * exclusions would switch the product's security off. Its settings are in
 * {@code plain-flowable.yml}: the product's engine settings (H2 on disk, history full,
 * async executor on, one-second acquisition).
 */
@SpringBootApplication(exclude = { SecurityAutoConfiguration.class, SecurityFilterAutoConfiguration.class,
		UserDetailsServiceAutoConfiguration.class, ManagementWebSecurityAutoConfiguration.class,
		FlywayAutoConfiguration.class })
public class PlainFlowableApplication {

	public static void main(String[] args) {
		SpringApplication.run(PlainFlowableApplication.class, args);
	}

}
