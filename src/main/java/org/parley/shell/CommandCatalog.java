package org.parley.shell;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationContext;
import org.springframework.core.MethodIntrospector;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/** Every Parley command's {@link CommandSpec}, read once from the command beans' annotated methods. */
@Component
class CommandCatalog {

	private final ApplicationContext context;

	private Map<String, CommandSpec> specs;

	CommandCatalog(ApplicationContext context) {
		this.context = context;
	}

	synchronized Map<String, CommandSpec> specs() {
		if (specs == null) {
			var found = new ArrayList<CommandSpec>();
			for (String bean : context.getBeanDefinitionNames()) {
				Class<?> type = context.getType(bean, false);
				if (type == null || !type.getName().startsWith("org.parley.")) {
					continue;
				}
				Class<?> user = ClassUtils.getUserClass(type);
				for (Method method : MethodIntrospector.selectMethods(user,
						(Method m) -> AnnotatedElementUtils.hasAnnotation(m, Command.class))) {
					found.add(CommandSpec.of(method));
				}
			}
			found.sort(Comparator.comparing(CommandSpec::name));
			var map = new LinkedHashMap<String, CommandSpec>();
			found.forEach(spec -> map.put(spec.name(), spec));
			specs = map;
		}
		return specs;
	}

	Optional<CommandSpec> find(String name) {
		return Optional.ofNullable(specs().get(name));
	}

	List<CommandSpec> withPrefix(String prefix) {
		return specs().values().stream().filter(s -> s.name().startsWith(prefix + " ")).toList();
	}
}
