/**
 * {@link io.griddle.test.TestClient}: drives an application in-process through the gateway, with no socket, from
 * plain synchronous test code.
 */
package io.griddle.test;
