/**
 * The default log setup of a Griddle process: Uvicorn's console look ({@code INFO:     message}), or one JSON
 * object per line, at the level the command line asks for. Applied only when the application brings no logback
 * configuration of its own.
 */
package io.griddle.server.logging;
