package academy.testing.fuzz;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A service's routes, read by reflection from its JAX-RS resources: every class annotated
 * {@code @Path} in the package tree of an anchor class, so a route added later is fuzzed too.
 */
public final class Routes {

    private Routes() {
    }

    /** Every resource method under {@code anchor}'s package (for instance {@code academy.user}). */
    public static List<Route> under(Class<?> anchor, String packagePrefix) {
        List<Route> routes = new ArrayList<>();
        for (Class<?> resource : resourceClasses(anchor, packagePrefix)) {
            routes.addAll(of(resource));
        }
        routes.sort(Comparator.comparing(Route::template).thenComparing(Route::method));
        return routes;
    }

    public static List<Route> of(Class<?> resource) {
        String base = resource.isAnnotationPresent(Path.class) ? resource.getAnnotation(Path.class).value() : "";
        List<Route> routes = new ArrayList<>();
        for (Method method : resource.getMethods()) {
            String verb = httpMethod(method);
            if (verb == null) {
                continue;
            }
            String sub = method.isAnnotationPresent(Path.class) ? method.getAnnotation(Path.class).value() : "";
            Map<String, Type> pathParams = new LinkedHashMap<>();
            Map<String, Type> queryParams = new LinkedHashMap<>();
            Type body = null;
            boolean idempotencyKey = false;
            for (Parameter parameter : method.getParameters()) {
                if (parameter.isAnnotationPresent(PathParam.class)) {
                    pathParams.put(parameter.getAnnotation(PathParam.class).value(), parameter.getParameterizedType());
                } else if (parameter.isAnnotationPresent(QueryParam.class)) {
                    queryParams.put(parameter.getAnnotation(QueryParam.class).value(), parameter.getParameterizedType());
                } else if (parameter.isAnnotationPresent(HeaderParam.class)) {
                    idempotencyKey |= "Idempotency-Key".equalsIgnoreCase(parameter.getAnnotation(HeaderParam.class).value());
                } else if (!annotatedAsNonBody(parameter)) {
                    body = parameter.getParameterizedType();
                }
            }
            routes.add(new Route(verb, join(base, sub), pathParams, queryParams, body, idempotencyKey));
        }
        return routes;
    }

    private static boolean annotatedAsNonBody(Parameter parameter) {
        for (Annotation annotation : parameter.getAnnotations()) {
            Class<? extends Annotation> type = annotation.annotationType();
            if (type == Context.class || type == BeanParam.class || type == CookieParam.class || type == FormParam.class
                    || type == MatrixParam.class || type.getName().startsWith("org.jboss.resteasy.reactive")) {
                return true;
            }
        }
        String typeName = parameter.getType().getName();
        return typeName.startsWith("io.vertx") || typeName.startsWith("jakarta.ws.rs.core");
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return verb.value();
            }
        }
        return null;
    }

    private static String join(String base, String sub) {
        String path = ("/" + base + "/" + sub).replaceAll("/+", "/");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private static List<Class<?>> resourceClasses(Class<?> anchor, String packagePrefix) {
        java.nio.file.Path root;
        try {
            root = java.nio.file.Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        java.nio.file.Path packageDir = root.resolve(packagePrefix.replace('.', '/'));
        List<Class<?>> resources = new ArrayList<>();
        try (Stream<java.nio.file.Path> files = Files.walk(packageDir)) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                if (name.contains("$")) {
                    continue;
                }
                Class<?> type = Class.forName(name, false, anchor.getClassLoader());
                if (type.isAnnotationPresent(Path.class) && !type.isInterface()) {
                    resources.add(type);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
        return resources;
    }
}
