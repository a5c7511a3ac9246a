package academy.edge.readmodel;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares the read models a GET route answers from, so {@code ?after=<position>} can wait for
 * them: {@link ReadYourWritesFilter} parses {@code after} by {@link AfterPosition}'s one rule and
 * asks the service's {@link ReadModelPositions} whether every named source has passed it (up to a
 * second) before the resource method runs. The names are the service's own (feed subscriptions,
 * projections, or {@link StoreReadPositions#STORE_HEAD}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ReadsFrom {

    String[] value();
}
