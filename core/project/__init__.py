"""A project's life: create, open, describe, its settings, passphrase rules and whether the pilot is closed."""
