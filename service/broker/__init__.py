"""The edge between Redis streams and the pure pipeline: FastStream app, delivery guarantees, health."""
