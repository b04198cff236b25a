package io.griddle.examples.tutorial.sql_databases;

import java.util.Optional;

/** A hero: FastAPI's {@code Hero(SQLModel, table=True)}, both the table's row and the API's model. */
public record Hero(Optional<Integer> id, String name, Optional<Integer> age, String secret_name) {}
