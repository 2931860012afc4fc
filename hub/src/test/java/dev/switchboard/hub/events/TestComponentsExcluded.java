package dev.switchboard.hub.events;

import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

/**
 * For tests that start the hub with {@code SpringApplicationBuilder}: keeps the component scan
 * from picking up other test classes' {@code @TestConfiguration}s, as {@code @SpringBootTest} does.
 */
final class TestComponentsExcluded extends TypeExcludeFilter {

    @Override
    public boolean match(MetadataReader reader, MetadataReaderFactory factory) {
        return reader.getAnnotationMetadata().hasMetaAnnotation("org.springframework.boot.test.context.TestComponent")
                || reader.getAnnotationMetadata().hasAnnotation("org.springframework.boot.test.context.TestComponent");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TestComponentsExcluded;
    }

    @Override
    public int hashCode() {
        return TestComponentsExcluded.class.hashCode();
    }
}
