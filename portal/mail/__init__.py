"""Outgoing e-mail: an outbox the task worker delivers and retries; may import operations, staff."""
