package io.griddle.examples.tutorial.body_multiple_params;

import java.util.Optional;

/** An item: {@code name} and {@code price} required, {@code description} and {@code tax} optional. */
public record Item(String name, Optional<String> description, double price, Optional<Double> tax) {}
