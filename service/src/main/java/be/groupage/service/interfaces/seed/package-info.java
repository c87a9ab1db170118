/**
 * Entry points that are not HTTP: the demo-data loader, run once at start-up on an empty database.
 *
 * <p>May depend on: {@code application} use cases and {@code application.port}, {@code core}; never on the
 * persistence or security adapters. Nothing depends on it.
 */
package be.groupage.service.interfaces.seed;
