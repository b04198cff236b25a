package io.griddle.examples.tutorial.dependencies;

/** A row of the user table of tutorials 013 and 014 ({@code User(SQLModel, table=True)}). */
public record User(int id, String name) {}
