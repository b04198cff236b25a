/**
 * A modular Griddle application, as a user writes one: it requires Griddle and its server, and opens its package
 * to the modules that reach its classes by reflection (decision 023). Compiled and run on the module path by
 * {@code io.griddle.ModulePathTest}.
 */
module example.orders {
    requires io.griddle;
    requires io.griddle.server;

    // Griddle binds the handlers, records and providers; Jackson writes the records; Hibernate Validator runs the
    // application's own constraints.
    opens example.orders to io.griddle, tools.jackson.databind, org.hibernate.validator;
}
