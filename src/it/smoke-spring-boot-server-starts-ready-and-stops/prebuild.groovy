import dev.gatekeeper.it.SharedSources

// the application, com.example.demo.DemoApplication, is the one both Spring Boot server ITs share: src/it/shared/spring-boot-demo
SharedSources.copy(sharedSources, 'spring-boot-demo', basedir)
return true
