package dev.switchboard.hub;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The structure the build checks, so that review does not have to. */
@AnalyzeClasses(packages = "dev.switchboard", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule sdkKnowsNothingOfTheHub = noClasses().that().resideInAPackage("dev.switchboard.sdk..")
            // the test kit (its evaluation kit reads JSON with Jackson) is a test-scope tool, not the SDK
            .and().resideOutsideOfPackage("dev.switchboard.sdk.testkit..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.switchboard.hub..", "org.springframework..",
                    "com.fasterxml..", "javax.sql..", "java.sql..")
            .because("the SDK depends on PF4J and camel-api only, connectors-sdk-camel adds camel-support; plugins "
                    + "build against them alone");

    @ArchTest
    static final ArchRule sdkNeedsNoCamelSupport = noClasses().that().resideInAPackage("dev.switchboard.sdk..")
            // connectors-sdk-camel (dev.switchboard.sdk.camel) is where classes built on camel-support go
            .and().resideOutsideOfPackages("dev.switchboard.sdk.testkit..", "dev.switchboard.sdk.camel..")
            // support.service and support.jsse ship in camel-api itself
            .should().dependOnClassesThat(resideInAPackage("org.apache.camel.support..")
                    .and(resideOutsideOfPackages("org.apache.camel.support.service..", "org.apache.camel.support.jsse..")))
            .because("connectors-sdk depends on camel-api only; bases that extend camel-support's classes belong "
                    + "in connectors-sdk-camel");

    @ArchTest
    static final ArchRule storeInternalsStayInside = noClasses().that().resideOutsideOfPackage("dev.switchboard.hub.crm..")
            .should().dependOnClassesThat().resideInAPackage("dev.switchboard.hub.crm.internal..")
            .because("the rest of the hub talks to the CRM through the CrmStore port");

    @ArchTest
    static final ArchRule noFieldInjection = noClasses().should().beAnnotatedWith("org.springframework.beans.factory.annotation.Autowired")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("org.springframework.beans.factory.annotation.Value")
            .because("constructor injection and settings records only");
}
